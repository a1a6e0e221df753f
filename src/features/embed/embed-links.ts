import type { ChartId } from '../charts/index.ts'
import { embedPage } from '../../config/site-files.ts'
import { serializeSearch, type SearchState } from '../url-state/index.ts'

/** The view state an embed carries over from the dashboard: filters and look, never the selection. */
export type EmbedState = Pick<SearchState, 'company' | 'period' | 'theme' | 'bg' | 'fit'>

/** Message an embed posts to its parent with its content height (the responsive snippet). */
export const HEIGHT_MESSAGE = 'cloud-market-dashboard:height'

/** The folder the app is served from: the URL of any of its pages without the file name. */
const appFolder = (appUrl: string) => appUrl.replace(/[^/]*$/, '')

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

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

export type SnippetVariant = 'fixed' | 'responsive' | 'image'

/** The image snippet's width in CSS px: an article column's. */
export const STATIC_IMAGE_WIDTH = 960

/** The build's static picture of a chart, unfiltered (the image snippet shows it). */
export const staticImageFile = (chart: ChartId) => `chart-${chart}.png`

/**
 * The HTML to paste into a page or slide tool. "fixed" is a 16:9 frame that
 * scales with the page width; "responsive" fills the width and takes the
 * chart's own height from the small script shipped with the build.
 */
export function embedSnippet(options: {
  appUrl: string
  chart: ChartId
  title: string
  state: Omit<EmbedState, 'fit'>
  variant: SnippetVariant
  /** The responsive iframe's height where its script is stripped (see fallbackHeight). */
  fallbackHeight?: number
}): string {
  const { appUrl, chart, title, state, variant } = options
  const frameTitle = escapeAttr(`${title} (Cloud market dashboard)`)
  const script = `<script src="${escapeAttr(new URL('embed-resize.js', appUrl).href)}" async></script>`
  const scheme = iframeScheme(state)
  if (variant === 'image') {
    // For pages that allow no iframe: the build's picture of the chart, linked to the live one.
    const href = escapeAttr(dashboardUrl(appUrl, state))
    const img = escapeAttr(appFolder(appUrl) + staticImageFile(chart))
    const alt = escapeAttr(`${title}: chart with its sources (Cloud market dashboard). Open the live chart.`)
    return `<a href="${href}"><img src="${img}" alt="${alt}" width="${STATIC_IMAGE_WIDTH}" style="max-width:100%;height:auto" loading="lazy"></a>`
  }
  if (variant === 'fixed') {
    const src = escapeAttr(embedUrl(appUrl, chart, { ...state, fit: null }))
    return [
      `<iframe src="${src}" title="${frameTitle}" data-cloud-market-embed width="960" height="540" style="border:0;max-width:100%;height:auto;aspect-ratio:16/9${scheme}" loading="lazy"></iframe>`,
      script,
    ].join('\n')
  }
  const src = escapeAttr(embedUrl(appUrl, chart, { ...state, fit: 'content' }))
  const height = Math.ceil(options.fallbackHeight ?? 420)
  return [
    `<iframe src="${src}" title="${frameTitle}" data-cloud-market-embed style="border:0;width:100%;height:${height}px${scheme}" loading="lazy"></iframe>`,
    script,
  ].join('\n')
}

/**
 * The iframe's colour scheme, matching the one its page declares, so no browser paints a backdrop
 * behind an opaque chart. A transparent one inherits the host's on purpose: with embed-resize.js the
 * embed matches it; without, a host whose scheme differs from the palette's gets the browser's backdrop
 * in the palette's colours, the one way its text stays legible on a page the embed cannot see.
 */
function iframeScheme(state: Pick<EmbedState, 'theme' | 'bg'>): string {
  if (state.bg === 'transparent') return ''
  return `;color-scheme:${state.theme ?? 'light dark'}`
}
