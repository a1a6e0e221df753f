import { beforeAll, describe, expect, it } from 'vitest'
import { buildIndex, filterFacts, type DatasetIndex } from '../../domain/dataset-index.ts'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'
import { ids, stated, synthetic, type Spec } from '../../domain/synthetic-index.test-support.ts'
import { KEY_FIGURE_METRICS, MAX_KEY_FIGURES, selectKeyFigures } from './select-key-figures.ts'

let real: DatasetIndex

beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})

describe('selectKeyFigures', () => {
  it('shows every real key figure, in dataset order, when they fit', () => {
    const expected = real.facts.filter((f) => (KEY_FIGURE_METRICS as readonly string[]).includes(f.metric))
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThanOrEqual(MAX_KEY_FIGURES)
    expect(selectKeyFigures(real.facts)).toEqual({ shown: expected, more: 0 })
  })

  it('shows the first few and counts the rest', () => {
    const count = MAX_KEY_FIGURES + 3
    const specs: Spec[] = Array.from({ length: count }, (_, i) => [
      {
        id: `figure-${i}`,
        metric: KEY_FIGURE_METRICS[i % KEY_FIGURE_METRICS.length],
        company: 'amazon',
        period: null,
        value: stated(i + 1, 'people'),
      } as Spec,
      { id: `revenue-${i}`, metric: 'revenue', company: 'aws', period: '2023-Q4', value: stated(1e9, 'USD') } as Spec,
    ]).flat()
    const index = synthetic(specs)
    const { shown, more } = selectKeyFigures(index.facts)
    expect(ids(shown)).toEqual(Array.from({ length: MAX_KEY_FIGURES }, (_, i) => `figure-${i}`))
    expect(more).toBe(count - MAX_KEY_FIGURES)
  })

  it('shows nothing when the filter leaves no key figure', () => {
    expect(selectKeyFigures(filterFacts(real, { companies: ['azure'], periods: [] }))).toEqual({ shown: [], more: 0 })
  })
})
