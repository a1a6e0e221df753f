import { beforeAll, describe, expect, it } from 'vitest'
import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'
import { buildChartModel, CHART_IDS, contextText } from '../charts/index.ts'
import { staticImageOf } from './static-image.ts'

let index: DatasetIndex
beforeAll(async () => {
  index = buildIndex(await loadRealDataset())
})

describe('staticImageOf', () => {
  it.each(CHART_IDS)('states in the alt text every value the %s picture draws, its period and its source', (id) => {
    const model = buildChartModel(id, index, index.facts)
    const { alt } = staticImageOf(model)
    expect(alt.startsWith(model.title)).toBe(true)
    expect(model.rows.length).toBeGreaterThan(0)
    // A claim in words may open a sentence in the table ("Fell") and follow a name in the alt ("AWS fell").
    for (const row of model.rows) expect(alt.toLowerCase()).toContain(row.value.toLowerCase())
    for (const line of model.context) expect(alt).toContain(contextText(line))
    // The years are inferred, and the alt says so as the picture does.
    for (const row of model.rows) if (row.period.includes('*')) expect(alt).toContain(row.period)
    expect(alt).toContain(model.source)
  })
})
