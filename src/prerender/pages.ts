import { embedPage } from '../config/site-files.ts'
import { CHART_IDS, CHART_REGISTRY } from '../features/charts/index.ts'
import { serializeSearch } from '../features/url-state/index.ts'

/** A page the build renders to static HTML: its file, the view state (query string) it shows, and its own title. */
export interface PrerenderedPage {
  file: string
  search: string
  /** Absent for the dashboard, whose title is index.html's. */
  title?: string
}

/** The default dashboard, and each chart's embed: what readers, link unfurlers and crawlers see first. */
export const PRERENDERED_PAGES: PrerenderedPage[] = [
  { file: 'index.html', search: '' },
  ...CHART_IDS.map((chart) => ({
    file: embedPage(chart),
    search: serializeSearch({ view: 'embed', chart }),
    // A tab, a bookmark or a link preview of an embed names its chart.
    title: `${CHART_REGISTRY[chart].title} · Cloud market dashboard`,
  })),
]
