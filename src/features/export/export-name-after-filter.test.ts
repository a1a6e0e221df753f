import { beforeAll, describe, expect, it } from 'vitest'
import { buildChartModel, CHART_IDS, chartModelFor, type ChartId } from '../charts/index.ts'
import { buildIndex, filterFacts, type DatasetIndex, type FactFilter } from '../../domain/dataset-index.ts'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'
import { exportFileName } from './file-names.ts'

let index: DatasetIndex

beforeAll(async () => {
  index = buildIndex(await loadRealDataset())
})

const NONE: FactFilter = { companies: [], periods: [] }
const AWS: FactFilter = { companies: ['aws'], periods: [] }

/** The model a dashboard chart draws after the reader has clicked through `filters`: one render each. */
const modelAfter = (id: ChartId, ...filters: FactFilter[]) => filters.map((f) => chartModelFor(id, index, f)).at(-1)!

describe('an export made after a filter is clicked', () => {
  it.each(CHART_IDS)('is named for the filter on screen, not the view before it (%s)', (id) => {
    const name = exportFileName(modelAfter(id, NONE, AWS), 'png')
    expect(name).toMatch(/-aws\.png$/)
    expect(name).toBe(exportFileName(buildChartModel(id, index, filterFacts(index, AWS), AWS), 'png'))
  })

  it.each(CHART_IDS)('drops the filter from its name once the filter is cleared (%s)', (id) => {
    expect(exportFileName(modelAfter(id, AWS, NONE, AWS, NONE), 'png')).not.toContain('-aws')
  })

  it.each(CHART_IDS)(
    'comes back to the same model, laid out already, when the reader comes back to a filter (%s)',
    (id) => {
      expect(modelAfter(id, AWS, NONE, AWS)).toBe(modelAfter(id, AWS))
    },
  )
})
