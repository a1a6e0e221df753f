/*
 * The sizes a chart is built at, before script measures its box. The prerendered page carries one drawing per
 * size, and CSS shows the one for the reader's box, so a reader without script, or before the app takes the page
 * over, reads the chart's text at the size it was set in, not scaled to another size's layout. Each drawing shows
 * from its own size up to the next one. The CSS is written here from the same numbers the frame lays out with
 * (builtDrawingRules), never copied into class names.
 */
import type { ChartModel } from '../definition.ts'
import { CARD_TYPE, chartFrame, EMBED_COMPACT_HEIGHT, SHORT_FRAME_HEIGHT, type FrameOptions } from '../layout/frame.ts'
import type { TypeLadder } from '../layout/type-ladder.ts'

/**
 * A card, by its own width (a container query): 254 px is the narrowest card (a 320 px phone), 340 px a
 * laptop's two columns, 540 px a tablet's column and 720 px a wide card (the layoff chart on a laptop, which
 * draws columns from there). A card's height is fixed, so the drawing is shown at its own size.
 */
const CARD_WIDTHS = [254, 340, 540, 720] as const

/**
 * An embed, by its frame (the iframe's viewport, a media query): the 16:9 sizes an embed is put in, the snippet's
 * 960 × 540 as a column narrows it. Laid out for the plot its frame gives it, and drawn at that size.
 */
const EMBED_SIZES = [
  { width: 320, height: 180 },
  { width: 640, height: 360 },
  { width: 960, height: 540 },
] as const

/** One built drawing: the box it is laid out for, its type, and the class CSS shows it by. */
export interface BuiltDrawing {
  key: number
  /** An embed's frame at this size: whether it keeps its links line (else they are in the Sources panel). */
  links?: boolean
  className: string
  width: number
  height: number | null
  type: TypeLadder
}

const drawingClass = (kind: 'card' | 'embed', i: number) => `built-${kind}-${i}`

/** The drawing a card this wide shows: the widest that fits, or the narrowest when none does. */
export const cardDrawingFor = (width: number) => CARD_WIDTHS.findLast((w) => w <= width) ?? CARD_WIDTHS[0]

/** The drawing an embed in this frame shows: the largest that fits both ways, or the smallest. */
export const embedDrawingFor = (frame: { width: number; height: number }) =>
  (EMBED_SIZES.findLast((d) => d.width <= frame.width && d.height <= frame.height) ?? EMBED_SIZES[0]).width

/** A card's drawings, each `height` tall (a card's height never depends on the screen). */
export const cardDrawings = (height: number): BuiltDrawing[] =>
  CARD_WIDTHS.map((width, i) => ({
    key: width,
    className: drawingClass('card', i),
    width,
    height,
    type: CARD_TYPE,
  }))

/** An embed's drawings: each laid out for the plot, and at the type, its frame gives that frame. */
export const embedDrawings = (model: ChartModel, options: FrameOptions): BuiltDrawing[] =>
  EMBED_SIZES.map((size, i) => {
    const { plot, type, links } = chartFrame(model, 'embed', size, options)
    return {
      key: size.width,
      className: drawingClass('embed', i),
      width: plot.width,
      height: plot.height,
      type,
      links: links !== null,
    }
  })

/** The media condition of a viewport at least `size` both ways. */
const viewport = (size: { width: number; height: number }) =>
  `(min-width:${size.width}px) and (min-height:${size.height}px)`

/**
 * The CSS that shows one built drawing per box, and, in an embed, sets the frame's base size, its links, its
 * compact title and its context figures for the viewport, as chartFrame decides them for each drawing's frame.
 */
export function builtDrawingRules(
  kind: 'card' | 'embed',
  frames: readonly { base: number; links: boolean }[] = [],
): string {
  if (kind === 'card')
    return CARD_WIDTHS.map((width, i) => {
      const next = CARD_WIDTHS[i + 1]
      const hide = `.${drawingClass('card', i)}{display:none}`
      const shown = `.${drawingClass('card', i)}{display:block}`
      return [
        i > 0 ? hide : '',
        i > 0 ? `@container (min-width:${width}px){${shown}}` : '',
        next ? `@container (min-width:${next}px){${hide}}` : '',
      ].join('')
    }).join('')
  const sizes = EMBED_SIZES.map((size, i) => {
    const next = EMBED_SIZES[i + 1]
    const own = `.${drawingClass('embed', i)}`
    return [
      i > 0 ? `${own}{display:none}@media ${viewport(size)}{${own}{display:block}}` : '',
      next ? `@media ${viewport(next)}{${own}{display:none}}` : '',
      frames[i]
        ? `${i > 0 ? `@media ${viewport(size)}{` : ''}.built-frame{font-size:${frames[i].base}px}.built-frame .frame-links{display:${frames[i].links ? 'flex' : 'none'}}${i > 0 ? '}' : ''}`
        : '',
    ].join('')
  })
  return [
    ...sizes,
    `@media (max-height:${SHORT_FRAME_HEIGHT}px){.built-frame .frame-context{display:none}}`,
    // The title's size is an inline style: only an important rule overrides it.
    `@media (max-height:${EMBED_COMPACT_HEIGHT - 0.02}px){.built-frame .frame-title{font-size:1em!important}.built-frame .frame-aside{display:none}}`,
  ].join('')
}
