import { beforeAll, describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'
import type { Dataset, Fact } from '../../domain/schema.ts'
import { barSpecOf, directionSpecOf } from './bar-spec.ts'
import type { BarSpec } from './layout/bars.ts'
import { said } from './said.test-support.ts'

// That every drawn mark's name holds its words, at every size and in every medium, is a property of the frames
// (frame.property.test.ts); these are the cases a chart draws from its own words.

let dataset: Dataset

beforeAll(async () => {
  dataset = await loadRealDataset()
})

/** The words a mark draws (its value, then its qualifier), one run of them in its name. */
const namesWhatItDraws = (spec: BarSpec) => said(spec.label).includes(said([spec.value, spec.note ?? ''].join(' ')))

describe('a mark’s name', () => {
  it('gives a vague value’s other wordings after the words and reading it draws', () => {
    const vague = dataset.facts.find((f) => f.value.kind === 'vague' && f.value.range && f.value.words.length > 1)!
    const spec = barSpecOf(vague, 'Name')
    expect(namesWhatItDraws(spec)).toBe(true)
    const words = vague.value.kind === 'vague' ? vague.value.words : []
    for (const other of words.slice(1))
      expect(spec.label.indexOf(`“${other}”`)).toBeGreaterThan(spec.label.indexOf(spec.note!))
  })

  it('holds a change’s claim, the articles’ own word and its quarter, as drawn', () => {
    const change = dataset.facts.find((f) => directionSpecOf(f, 'Name'))!
    const worded: Fact = { ...change, value: { ...change.value, words: ['accelerating'] } as Fact['value'] }
    const spec = directionSpecOf(worded, 'Microsoft Azure', 'Q3 2023')!
    expect(spec.note).toBe('“accelerating”, Q3 2023')
    expect(namesWhatItDraws(spec)).toBe(true)
  })
})
