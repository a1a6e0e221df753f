import { describe, expect, it } from 'vitest'
import { attributionOf } from './attribution.ts'

const sourceOf = (sentence: string, earlier: string | null = null) =>
  attributionOf(sentence, earlier === null ? null : { source: earlier, words: earlier })?.source ?? null

describe('attributionOf, the source the intake proposes for a sentence', () => {
  it('names who the shared credit cues find, without the clause around them', () => {
    expect(sourceOf('Microsoft Azure rose to 25%, and Google Cloud held 11%, Canalys said.')).toBe('Canalys')
    expect(sourceOf('Canalys put AWS’s market share at 32% in the fourth quarter of 2023.')).toBe('Canalys')
    expect(sourceOf('AWS is cutting jobs, with analysts citing the fact it’s losing ground to Microsoft.')).toBe(
      'analysts',
    )
    expect(sourceOf('Amazon Web Services has announced significant job cuts.')).toBe('Amazon Web Services')
    expect(sourceOf('Its share dipped to 31%, according to Synergy Research Group.')).toBe('Synergy Research Group')
    expect(sourceOf('“We do not take these decisions lightly,” wrote Garman.')).toBe('Garman')
  })

  it('gives a pronoun or “the research firm” the source the article named before, and marks it continued', () => {
    expect(
      attributionOf('Oracle’s share rose to 3%, the research firm added.', { source: 'Canalys', words: '' }),
    ).toEqual({ source: 'Canalys', words: 'the research firm added', continued: true })
    expect(sourceOf('He said the lay-offs are a consequence of that.', 'Forrester')).toBe('Forrester')
    // With no one named before, a pronoun credits no one the reader can see.
    expect(sourceOf('He said the lay-offs are a consequence of that.')).toBeNull()
  })

  it('reads “reportedly” as unnamed reports, and a sentence with no credit as unattributed', () => {
    expect(sourceOf('Amazon is reportedly slashing hundreds of jobs.')).toBe('Unnamed reports (“reportedly”)')
    expect(sourceOf('Total spending reached $79 billion in the first quarter.')).toBeNull()
  })
})
