import type { ChartId } from '../charts/index.ts'
import { appFolder, embedUrl, type EmbedState } from './embed-links.ts'
import type { StaticImage } from './static-image.ts'

export type SnippetVariant = 'responsive' | 'fixed' | 'image'

interface SnippetBase {
  appUrl: string
  chart: ChartId
  title: string
  state: Omit<EmbedState, 'fit'>
}

export type SnippetOptions = SnippetBase &
  (
    | { variant: 'fixed' }
    /** fallbackHeight: the iframe's height where its script is stripped (see fallbackHeight). */
    | { variant: 'responsive'; fallbackHeight: number }
    /** image: the build's picture of the unfiltered chart (staticImageOf). */
    | { variant: 'image'; image: StaticImage }
  )

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * The HTML to paste into a page or slide tool. "responsive" fills the width and takes the chart's own
 * height from the small script shipped with the build; "fixed" is a 16:9 frame that scales with the
 * page width; "image" is the build's picture for pages that allow no iframe, linked to the live chart.
 */
export function embedSnippet(options: SnippetOptions): string {
  const { appUrl, chart, title, state } = options
  if (options.variant === 'image') {
    // The picture is of the whole chart, so it links to the whole chart, live.
    const none = { company: [], period: [], theme: null, bg: null, fit: null }
    const href = escapeAttr(embedUrl(appUrl, chart, none))
    const { file, alt, width, height } = options.image
    const src = escapeAttr(appFolder(appUrl) + file)
    return `<a href="${href}"><img src="${src}" alt="${escapeAttr(alt)}" width="${width}" height="${height}" style="max-width:100%;height:auto" loading="lazy"></a>`
  }
  const frameTitle = escapeAttr(`${title} (Cloud market dashboard)`)
  const script = `<script src="${escapeAttr(new URL('embed-resize.js', appUrl).href)}" async></script>`
  const scheme = iframeScheme(state)
  const style = (rules: string) => `border:0;${rules}${scheme ? `;color-scheme:${scheme}` : ''}`
  if (options.variant === 'fixed') {
    const src = escapeAttr(embedUrl(appUrl, chart, { ...state, fit: null }))
    return [
      `<iframe src="${src}" title="${frameTitle}" data-cloud-market-embed width="960" height="540" style="${style('max-width:100%;height:auto;aspect-ratio:16/9')}" loading="lazy"></iframe>`,
      script,
    ].join('\n')
  }
  const src = escapeAttr(embedUrl(appUrl, chart, { ...state, fit: 'content' }))
  const height = Math.ceil(options.fallbackHeight)
  return [
    `<iframe src="${src}" title="${frameTitle}" data-cloud-market-embed style="${style(`width:100%;height:${height}px`)}" loading="lazy"></iframe>`,
    script,
  ].join('\n')
}

/**
 * The iframe's colour scheme: the one its page declares, so no browser paints a backdrop behind it.
 * That holds for a transparent embed of a chosen theme too, so the host page shows through on any host
 * (a dark chart on a reveal.js black deck, which declares no scheme). Only a transparent embed that
 * follows the reader's system inherits the host's: with embed-resize.js it then matches the host; without,
 * a host whose scheme differs from the palette's gets the browser's backdrop in the palette's colours,
 * the one way its text stays legible on a page the embed cannot see. Null: no scheme of its own.
 */
export function iframeScheme(state: Pick<EmbedState, 'theme' | 'bg'>): string | null {
  if (state.bg === 'transparent') return state.theme
  return state.theme ?? 'light dark'
}
