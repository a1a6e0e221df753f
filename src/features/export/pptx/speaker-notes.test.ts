import { beforeAll, describe, expect, it } from 'vitest'
import { buildChartModel, CHART_IDS } from '../../charts/index.ts'
import { filterFacts, type DatasetIndex, type FactFilter } from '../../../domain/dataset-index.ts'
import { formulaText } from '../../../domain/formula-text.ts'
import { isDerivedValue } from '../../../domain/kinds.ts'
import { loadRealQuotedDataset } from '../../../domain/real-dataset.test-support.ts'
import { NOTES_WORD_LIMIT, speakerNotes, talkingPoints, wordCount } from './speaker-notes.ts'

let index: DatasetIndex

beforeAll(async () => {
  index = (await loadRealQuotedDataset()).index
})

const NO_FILTER: FactFilter = { companies: [], periods: [] }
const model = (id: (typeof CHART_IDS)[number], filter = NO_FILTER) =>
  buildChartModel(id, index, filterFacts(index, filter), filter)

/** Every chart with something to draw, unfiltered and under each company and each period alone. */
const views = () =>
  [
    NO_FILTER,
    ...index.companies.map((c) => ({ companies: [c.id], periods: [] })),
    ...index.periods.map((p) => ({ companies: [], periods: [p] })),
  ].flatMap((filter) => CHART_IDS.map((id) => model(id, filter)).filter((m) => m.empty === null))

describe('speakerNotes', () => {
  it('runs to at most 150 words, opening with two or three talking points, under every filter', () => {
    for (const m of views()) {
      const notes = speakerNotes(m, index, 4)
      expect(wordCount(notes), notes).toBeLessThanOrEqual(NOTES_WORD_LIMIT)
      const lines = notes.split('\n')
      expect(lines[0]).toBe('Talking points')
      const points = lines.slice(1, lines.indexOf(''))
      expect(points.length, notes).toBeGreaterThanOrEqual(2)
      expect(points.length).toBeLessThanOrEqual(3)
      // The summary first: the presenter's first line carries every drawn value.
      expect(points[0]).toBe(`• ${m.summary}`)
    }
  })

  it('gives a third talking point where the notes have room for it, and only there', () => {
    const third = views().flatMap((m) => {
      const point = talkingPoints(m, index)[2]
      if (!point) return []
      const notes = speakerNotes(m, index, 4)
      const kept = notes.includes(`• ${point}`)
      if (!kept) expect(wordCount(notes) + wordCount(`• ${point}`), notes).toBeGreaterThan(NOTES_WORD_LIMIT)
      return [kept]
    })
    // Kept in most notes; left out of the market share's, whose derived value's formula takes its room.
    expect(third).toContain(true)
    expect(third).toContain(false)
  })

  it('says how each value is known: how many articles state it, or its formula in words', () => {
    for (const m of views()) {
      const notes = speakerNotes(m, index, 4)
      for (const fact of m.facts) {
        if (isDerivedValue(fact.value)) expect(notes).toContain(formulaText(fact, index))
        else expect(notes).toMatch(new RegExp(`Stated by ${index.articleCountOf.get(fact.id)} of 5 articles: `))
      }
      expect(notes).toContain('Quotes: slide 4.')
    }
  })

  it('ranks only the figures the articles state: a derived aggregate is never the largest', () => {
    const share = model('market-share')
    const bars = share.bars.input.items.flatMap((item) => item.bars.map((bar) => ({ item, bar })))
    const byValue = (a: (typeof bars)[number], b: (typeof bars)[number]) => b.bar.to - a.bar.to
    const largest = bars.filter(({ bar }) => bar.shape === 'bar').toSorted(byValue)[0]
    const largestStated = bars.filter(({ bar }) => bar.shape === 'bar' && bar.kind === 'stated').toSorted(byValue)[0]
    // The dataset's largest bar is the derived "others": the ranking must pass over it.
    expect(largest.bar.kind).toBe('derived')
    const ranking = talkingPoints(share, index).find((p) => p.startsWith('Largest'))!
    expect(ranking).toContain(`${largestStated.item.label.join(' ')}, ${largestStated.bar.value}`)
    expect(ranking).not.toContain(largest.item.label.join(' '))
  })

  it('marks inferred years and says what the mark means', () => {
    const notes = speakerNotes(model('layoffs'), index, 4)
    expect(notes).toMatch(/\d{4}\*/)
    expect(notes).toContain('* Year inferred: ')
  })
})
