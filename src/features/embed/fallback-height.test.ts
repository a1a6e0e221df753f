import { beforeAll, expect, it } from 'vitest'
import { buildChartModel, CHART_IDS } from '../charts/index.ts'
import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'
import { embedHeightAt, fallbackHeight, FALLBACK_WIDTHS } from './fallback-height.ts'

let real: DatasetIndex
beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})

it.each(CHART_IDS)('gives the %s snippet a height that holds the embed at 320, 640 and 960 px', (id) => {
  const model = buildChartModel(id, real, real.facts)
  const heights = FALLBACK_WIDTHS.map((w) => embedHeightAt(model, w))
  // Narrower hosts wrap more: the narrowest is the tallest, and the fallback holds it.
  expect(heights[0]).toBeGreaterThanOrEqual(heights[2])
  expect(fallbackHeight(model)).toBe(Math.max(...heights))
  expect(fallbackHeight(model)).toBeGreaterThan(200)
})
