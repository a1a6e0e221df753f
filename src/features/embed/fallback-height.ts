import type { ChartModel } from '../charts/index.ts'
import { chartFrame } from '../charts/index.ts'
import { EMBED_GET_DATA_WORDS } from '../get-data/index.ts'

/** The host widths a responsive snippet must fit without its script: a phone, an article column, a wide page. */
export const FALLBACK_WIDTHS = [320, 640, 960] as const

/** The responsive embed's height at a host width: its frame's natural height there (fit-to-content). */
export const embedHeightAt = (model: ChartModel, width: number): number =>
  Math.ceil(chartFrame(model, 'embed', { width, height: null }, { links: EMBED_GET_DATA_WORDS }).height)

/**
 * The height a responsive iframe takes where embed-resize.js was stripped: the tallest of the embed's
 * heights at 320, 640 and 960 px, so nothing is cut at any of them.
 */
export const fallbackHeight = (model: ChartModel) => Math.max(...FALLBACK_WIDTHS.map((w) => embedHeightAt(model, w)))
