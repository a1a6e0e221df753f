import { beforeAll, describe, expect, it } from 'vitest'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'
import type { Dataset, Fact } from '../../domain/schema.ts'
import { barSpecOf, directionSpecOf } from './bar-spec.ts'
import type { BarSpec } from './layout/bars.ts'

let dataset: Dataset

beforeAll(async () => {
  dataset = await loadRealDataset()
})

const fact = (id: string) => dataset.facts.find((f) => f.id === id)!

/** Words as a reader says them, and as a check of a label in its name compares them: no punctuation, one case. */
const said = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** The words a mark draws (its value, then its qualifier), one run of them in its name. */
const namesWhatItDraws = (spec: BarSpec) => said(spec.label).includes(said([spec.value, spec.note ?? ''].join(' ')))

describe('a mark’s name', () => {
  it('holds the words the mark draws as one run, so a reader can say what they see to select it', () => {
    const specs = dataset.facts.flatMap((f) => [barSpecOf(f, 'Name'), directionSpecOf(f, 'Name') ?? []].flat())
    expect(specs.filter((s) => !namesWhatItDraws(s)).map((s) => `${s.factId}: ${s.label}`)).toEqual([])
  })

  it('gives the other articles’ words after what is drawn', () => {
    expect(barSpecOf(fact('layoffs-2024-04'), 'AWS job cuts').label).toBe(
      'AWS job cuts: “several hundred”, read as 300–999; also worded “hundreds”. Show sources',
    )
  })

  it('holds a change’s claim and the articles’ own word after it, as drawn', () => {
    const change = dataset.facts.find((f) => directionSpecOf(f, 'Name'))!
    const worded: Fact = { ...change, value: { ...change.value, words: ['accelerating'] } as Fact['value'] }
    const spec = directionSpecOf(worded, 'Microsoft Azure')!
    expect(spec.note).toBe('“accelerating”')
    expect(namesWhatItDraws(spec)).toBe(true)
  })
})
