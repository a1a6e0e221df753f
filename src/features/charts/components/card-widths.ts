/**
 * The widths a card's chart is built at, before script measures its box: the prerendered page carries one drawing
 * per width, and a container query shows the widest that fits, at its own size. So a reader without script, or
 * before the app takes the page over, reads the chart's text at the size it was set in, not scaled to the card.
 * 254 px is the narrowest card (a 320 px phone), 340 px a laptop's two columns, 540 px a tablet's column and 720 px
 * a wide card (the layoff chart on a laptop, which draws columns from there). Each class shows its drawing from its
 * own width up to the next one; Tailwind reads the class names as written, so they stay literal.
 */
export const CARD_DRAWINGS = [
  { width: 254, className: '@min-[340px]:hidden' },
  { width: 340, className: 'hidden @min-[340px]:block @min-[540px]:hidden' },
  { width: 540, className: 'hidden @min-[540px]:block @min-[720px]:hidden' },
  { width: 720, className: 'hidden @min-[720px]:block' },
] as const

export type CardDrawing = (typeof CARD_DRAWINGS)[number]

/** The drawing a card this wide shows: the widest that fits, or the narrowest when none does. */
export const cardDrawingFor = (width: number): CardDrawing =>
  CARD_DRAWINGS.findLast((d) => d.width <= width) ?? CARD_DRAWINGS[0]
