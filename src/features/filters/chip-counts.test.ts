import { beforeAll, describe, expect, it } from 'vitest'
import { buildIndex, filterFacts, type DatasetIndex, type FactFilter } from '../../domain/dataset-index.ts'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'
import { chipCounts } from './chip-counts.ts'

let index: DatasetIndex
beforeAll(async () => {
  index = buildIndex(await loadRealDataset())
})

const count = (filter: FactFilter) => filterFacts(index, filter).length

describe('chipCounts', () => {
  it.each<FactFilter>([
    { companies: [], periods: [] },
    { companies: ['aws'], periods: [] },
    { companies: ['azure'], periods: ['2023-Q4'] },
  ])('counts what each chip stands for with the other group as it is: %j', (filter) => {
    const counts = chipCounts(index, filter)
    for (const c of index.companies) {
      expect(counts.companies.get(c.id), c.id).toBe(count({ companies: [c.id], periods: filter.periods }))
    }
    for (const p of index.periods) {
      expect(counts.periods.get(p), p).toBe(count({ companies: filter.companies, periods: [p] }))
    }
  })
})
