import { prerender } from 'react-dom/static'
import { App } from '../app/App.tsx'
import { Providers } from '../app/Providers.tsx'
import { createQueryClient } from '../app/query-client.ts'
import { buildChartModel, CHART_IDS } from '../features/charts/index.ts'
import { datasetQueryOptions, loadDatasetValidator } from '../features/dataset/index.ts'
import { loadChartImage } from '../features/export/index.ts'
import { renderToStaticMarkup } from 'react-dom/server'
import { loadStaticImage } from '../features/embed/index.ts'

/*
 * The build's server entry (scripts/prerender/): the app rendered to HTML
 * from the bundled dataset, and the link-preview image drawn by the same
 * export code readers use. Loaded by Vite in Node; never part of the bundle.
 */

export { PRERENDERED_PAGES } from './pages.ts'

/** The app's markup for a view state, with the dataset already loaded: what hydrates in the browser. */
export async function renderPage(dataset: unknown, search: string): Promise<string> {
  const queryClient = createQueryClient()
  const { validateDataset } = await loadDatasetValidator()
  queryClient.setQueryData(datasetQueryOptions().queryKey, validateDataset(dataset, 'data/dataset.json'))
  const { prelude } = await prerender(
    <Providers queryClient={queryClient} serverSearch={search}>
      <App />
    </Providers>,
    // Every boundary in place: past this many bytes React writes a later one as a hidden segment that only its
    // inline script (which the page's policy refuses, and a reader without script never runs) moves into place.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  )
  return new Response(prelude).text()
}

/** The link-preview image (1200 × 630): the market-share chart with its title and source line, as SVG. */
export async function previewImageSvg(dataset: unknown, size: { width: number; height: number }): Promise<string> {
  const [{ validateDataset }, { chartImageSvg }] = await Promise.all([loadDatasetValidator(), loadChartImage()])
  const index = validateDataset(dataset, 'data/dataset.json')
  const model = buildChartModel('market-share', index, index.facts)
  return chartImageSvg(model, { ...size, medium: 'image', theme: 'light' }, (element, idPrefix) =>
    renderToStaticMarkup(element, { identifierPrefix: idPrefix }),
  ).svg
}

/**
 * Each chart unfiltered as the image snippet's picture (a page that allows no iframe): its frame with
 * the full sources and the credit, at the snippet's width, as SVG for the build to rasterise.
 */
export async function staticChartImages(dataset: unknown): Promise<{ file: string; svg: string; width: number }[]> {
  const [{ validateDataset }, { chartImageSvg }, { STATIC_IMAGE_WIDTH, staticImageFile }] = await Promise.all([
    loadDatasetValidator(),
    loadChartImage(),
    loadStaticImage(),
  ])
  const index = validateDataset(dataset, 'data/dataset.json')
  return CHART_IDS.map((id) => {
    const model = buildChartModel(id, index, index.facts)
    const image = chartImageSvg(
      model,
      { width: STATIC_IMAGE_WIDTH, height: null, medium: 'image', theme: 'light' },
      (element, idPrefix) => renderToStaticMarkup(element, { identifierPrefix: idPrefix }),
    )
    return { file: staticImageFile(id), svg: image.svg, width: image.width }
  })
}
