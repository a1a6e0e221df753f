import type { ChartModel } from '../charts/index.ts'
import { chartFrame, LEADING, BASE_FONT_SIZE, typeLadder } from '../charts/index.ts'

/** The host widths a responsive snippet must fit without its script: a phone, an article column, a wide page. */
export const FALLBACK_WIDTHS = [320, 640, 960] as const

// The responsive embed's chrome in px (EmbedView with fit=content: 16 px text, 0.75em padding, 0.25em gaps),
// and the width its "Full dashboard ↗" link takes from the title's line.
const PAD = 12
const GAP = 4
const LINK_WIDTH = 130
// Wrapped lines drawn by the browser may differ from the estimate: a tenth more and two lines' worth of room.
const SLACK = 40
const MARGIN = 1.1

/** The responsive embed's height at a host width: its frame's blocks and the chart's natural height. */
export function embedHeightAt(model: ChartModel, width: number): number {
  const inner = width - 2 * PAD
  const frame = chartFrame(model, 'card', { width: inner + 2 * BASE_FONT_SIZE, height: null })
  const type = typeLadder(BASE_FONT_SIZE, 'card')
  const titleLines = Math.ceil((frame.title.lines.length * inner) / Math.max(1, inner - LINK_WIDTH))
  const blocks = [
    titleLines * 18 * LEADING,
    frame.subtitle ? frame.subtitle.height : 0,
    model.layout({ width: inner, height: null, type }).height + GAP,
    ...(frame.context?.map((c) => c.block.height + 8) ?? []),
    frame.source ? frame.source.height : 0,
  ]
  return Math.ceil((2 * PAD + blocks.reduce((a, b) => a + b + GAP, 0)) * MARGIN + SLACK)
}

/**
 * The height a responsive iframe takes where embed-resize.js was stripped: the tallest of the embed's
 * heights at 320, 640 and 960 px, so nothing is cut at any of them (a wide page shows some room below).
 */
export const fallbackHeight = (model: ChartModel) => Math.max(...FALLBACK_WIDTHS.map((w) => embedHeightAt(model, w)))
