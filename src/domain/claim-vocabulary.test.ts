import { describe, expect, it } from 'vitest'
import { findAttributions, findClaimWords, findHedges, readSentence, termsMissing } from './claim-vocabulary.ts'

const hedgeWords = (sentence: string) => findHedges(sentence).map((h) => [h.text, h.entry.family])

describe('readSentence, as an article intake asks it of each sentence', () => {
  it('reads a qualified figure as approximate, a bound as a bound and a count in words as vague', () => {
    expect(readSentence('At that time, AWS headcount was around 60,000 people.').valueKinds).toEqual(['approximate'])
    expect(readSentence('It relied on over 1,000 workers in India.').valueKinds).toEqual(['bound'])
    expect(readSentence('The cutbacks include several hundred jobs.').valueKinds).toEqual(['vague'])
    expect(readSentence('Amazon’s market share dipped to 31% in the fourth quarter.').valueKinds).toEqual([])
  })

  it('finds who a sentence credits, on either side of the cue', () => {
    const parties = (sentence: string) => readSentence(sentence).attributions.map((a) => a.party)
    expect(parties('Its share dipped to 31%, according to Synergy Research Group.')).toEqual(['Synergy Research Group'])
    expect(parties('The cloud division reported profits of $7.2 billion.')).toEqual(['The cloud division'])
    expect(parties('“AWS has been adapting,” said Sustar.')).toEqual(['Sustar'])
    expect(parties('Amazon said Tuesday it was ditching the technology.')).toEqual(['Amazon'])
    expect(parties('Per GeekWire, the cuts will affect the sales teams.')).toEqual(['GeekWire'])
    expect(parties('Oracle’s share rose to 3%, the research firm added.')).toEqual([
      'Oracle’s share rose to 3%, the research firm',
    ])
    // "put … at" credits its subject, never the figure's company that follows it.
    expect(parties('Canalys put AWS’s market share at 32% in the fourth quarter.')).toEqual(['Canalys'])
  })

  it('names the cause, certainty and measure words a sentence asserts', () => {
    const words = (sentence: string) => findClaimWords(sentence).map((w) => [w.text, w.entry.kind])
    expect(words('Cuts for its employees are due to a broader strategic shift.')).toEqual([['due to', 'cause']])
    expect(words('AWS has confirmed to multiple outlets that it plans cuts.')).toEqual([['confirmed', 'certainty']])
    expect(words('AWS rebounded with significant operating profit increases.')).toEqual([['operating', 'measure']])
  })
})

describe('findHedges', () => {
  it('finds reports, plans, expectations, possibilities and partial causes', () => {
    expect(hedgeWords('Amazon is reportedly slashing hundreds of jobs, according to the Wall Street Journal.')).toEqual(
      [
        ['reportedly', 'report'],
        ['hundreds', 'vague-count'],
        ['according to', 'report'],
      ],
    )
    expect(hedgeWords('AWS is looking to outsource training; cuts are expected to impact regions.')).toEqual([
      ['looking to', 'intent'],
      ['expected to', 'expectation'],
    ])
    expect(hedgeWords('AWS planned to cut staff, and intends to hire elsewhere.')).toEqual([
      ['planned to', 'intent'],
      ['intends to', 'intent'],
    ])
    expect(hedgeWords('The moderation of demand is a factor, and the impact may be larger.')).toEqual([
      ['a factor', 'contribution'],
      ['may', 'possibility'],
    ])
  })

  it('takes “around” and “over” for hedges only before a figure, and “May” the month for none', () => {
    expect(hedgeWords('The cuts reach regions around the world over the coming year.')).toEqual([])
    expect(hedgeWords('Around 60,000 staff, over 1,000 workers.')).toEqual([
      ['Around', 'approximation'],
      ['over', 'bound'],
    ])
    expect(hedgeWords('In May the company hired.')).toEqual([])
  })

  it('does not read a hedge inside a longer word or a hyphenated one', () => {
    expect(hedgeWords('The mayor said about-turns are common in reports-driven newsrooms.')).toEqual([])
  })
})

describe('findAttributions', () => {
  it('reads “per” as a credit only before a name, not in “per cent”', () => {
    expect(findAttributions('Spending rose 20 per cent.')).toEqual([])
  })
})

describe('termsMissing', () => {
  it('meets the words of a claim whatever their inflection, and says which terms a claim lacks', () => {
    expect(termsMissing('increasing', 'Increased, with faster growth rates')).toEqual([])
    expect(termsMissing('slowdown', 'Growth slowed')).toEqual([])
    expect(termsMissing('business changes', 'Training moves to self-serve courses')).toEqual(['busines', 'chang'])
  })
})
