import { beforeAll, expect, it } from 'vitest'
import { buildIndex } from '../domain/dataset-index.ts'
import { loadRealDataset } from '../domain/real-dataset.test-support.ts'
import type { Dataset } from '../domain/schema.ts'
import { buildChartModel, CHART_IDS } from '../features/charts/index.ts'
import { staticImageOf } from '../features/embed/index.ts'
import { staticChartImages } from './render-page.tsx'

let dataset: Dataset
beforeAll(async () => {
  dataset = await loadRealDataset()
})

it('the image snippet names each picture the build draws, at the size it draws it', async () => {
  const index = buildIndex(dataset)
  const built = await staticChartImages(dataset)
  expect(built).toHaveLength(CHART_IDS.length)
  for (const [i, id] of CHART_IDS.entries()) {
    const named = staticImageOf(buildChartModel(id, index, index.facts))
    const [, width, height] = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(built[i].svg)!
    expect(built[i].file, id).toBe(named.file)
    expect([named.width, named.height], id).toEqual([Math.round(Number(width)), Math.round(Number(height))])
  }
})
