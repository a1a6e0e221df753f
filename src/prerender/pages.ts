import { embedPage } from '../config/site-files.ts'
import { CHART_IDS } from '../features/charts/index.ts'
import { serializeSearch } from '../features/url-state/index.ts'

/** A page the build renders to static HTML: its file, and the view state (query string) it shows. */
export interface PrerenderedPage {
  file: string
  search: string
}

/** The default dashboard, and each chart's embed: what readers, link unfurlers and crawlers see first. */
export const PRERENDERED_PAGES: PrerenderedPage[] = [
  { file: 'index.html', search: '' },
  ...CHART_IDS.map((chart) => ({ file: embedPage(chart), search: serializeSearch({ view: 'embed', chart }) })),
]
