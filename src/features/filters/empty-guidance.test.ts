import { beforeAll, describe, expect, it } from 'vitest'
import { formatPeriodKey } from '../../lib/period.ts'
import { buildIndex, filterFacts, type DatasetIndex, type FactFilter } from '../../domain/dataset-index.ts'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'
import { emptyGuidance } from './empty-guidance.ts'

let index: DatasetIndex
beforeAll(async () => {
  index = buildIndex(await loadRealDataset())
})

const count = (filter: FactFilter) => filterFacts(index, filter).length

describe('emptyGuidance', () => {
  it('is null while facts remain', () => {
    expect(emptyGuidance(index, { companies: ['azure'], periods: [] }, formatPeriodKey)).toBeNull()
  })

  it('names what emptied the view and offers each way back with what it brings', () => {
    const filter = { companies: ['azure'], periods: ['2024-Q1'] }
    expect(count(filter)).toBe(0)
    const g = emptyGuidance(index, filter, formatPeriodKey)!
    expect(g.reason).toBe(`No facts for Microsoft Azure in ${formatPeriodKey('2024-Q1')}.`)
    expect(g.ways.map((w) => w.filter)).toEqual([
      { companies: [], periods: ['2024-Q1'] },
      { companies: ['azure'], periods: [] },
      { companies: ['azure'], periods: ['2023-Q4'] },
    ])
    for (const w of g.ways) expect(w.count).toBe(count(w.filter))
  })
})
