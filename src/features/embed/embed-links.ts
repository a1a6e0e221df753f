import type { ChartId } from '../charts/index.ts'
import { embedPage } from '../../config/site-files.ts'
import { serializeSearch, type SearchState } from '../url-state/index.ts'

/** The view state an embed carries over from the dashboard: filters and look, never the selection. */
export type EmbedState = Pick<SearchState, 'company' | 'period' | 'theme' | 'bg' | 'fit'>

/** Message an embed posts to its parent with its content height (the responsive snippet). */
export const HEIGHT_MESSAGE = 'cloud-market-dashboard:height'

/** The folder the app is served from: the URL of any of its pages without the file name. */
export const appFolder = (appUrl: string) => appUrl.replace(/[^/]*$/, '')

/** The URL that renders one chart alone. `appUrl` is any page of the app (origin + path). */
export function embedUrl(appUrl: string, chart: ChartId, state: EmbedState): string {
  const { company, period, theme, bg, fit } = state
  return (
    appFolder(appUrl) + embedPage(chart) + serializeSearch({ view: 'embed', chart, company, period, theme, bg, fit })
  )
}

/** The full dashboard with the same filters (and, optionally, a fact selected). */
export function dashboardUrl(
  appUrl: string,
  state: Pick<SearchState, 'company' | 'period' | 'theme'> & { fact?: string | null },
) {
  return (
    appFolder(appUrl) +
    serializeSearch({ company: state.company, period: state.period, theme: state.theme, fact: state.fact ?? null })
  )
}
