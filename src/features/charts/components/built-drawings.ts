/*
 * The sizes a chart is built at, before script measures its box. The prerendered page carries one drawing per
 * size, and CSS shows the one for the reader's box, so a reader without script, or before the app takes the page
 * over, reads the chart's text at (or near) the size it was set in, not scaled to another size's layout. Each
 * class shows its drawing from its own size up to the next one; Tailwind reads the class names as written, so
 * they stay literal.
 */

/**
 * A card, by its own width (a container query): 254 px is the narrowest card (a 320 px phone), 340 px a
 * laptop's two columns, 540 px a tablet's column and 720 px a wide card (the layoff chart on a laptop, which
 * draws columns from there). A card's height is fixed, so the drawing is shown at its own size.
 */
export const CARD_DRAWINGS = [
  { width: 254, className: '@min-[340px]:hidden' },
  { width: 340, className: 'hidden @min-[340px]:block @min-[540px]:hidden' },
  { width: 540, className: 'hidden @min-[540px]:block @min-[720px]:hidden' },
  { width: 720, className: 'hidden @min-[720px]:block' },
] as const

/**
 * An embed, by its frame (the iframe's viewport, a media query): the 16:9 sizes an embed is put in, the snippet's
 * 960 × 540 as a column narrows it. Laid out for the plot the frame gives it, and drawn at that size.
 */
export const EMBED_DRAWINGS = [
  { width: 320, height: 180, className: '[@media(min-width:640px)_and_(min-height:360px)]:hidden' },
  {
    width: 640,
    height: 360,
    className:
      'hidden [@media(min-width:640px)_and_(min-height:360px)]:block [@media(min-width:960px)_and_(min-height:540px)]:hidden',
  },
  { width: 960, height: 540, className: 'hidden [@media(min-width:960px)_and_(min-height:540px)]:block' },
] as const

/** The drawing a card this wide shows: the widest that fits, or the narrowest when none does. */
export const cardDrawingFor = (width: number) => CARD_DRAWINGS.findLast((d) => d.width <= width) ?? CARD_DRAWINGS[0]

/** The drawing an embed in this frame shows: the largest that fits both ways, or the smallest. */
export const embedDrawingFor = (frame: { width: number; height: number }) =>
  EMBED_DRAWINGS.findLast((d) => d.width <= frame.width && d.height <= frame.height) ?? EMBED_DRAWINGS[0]
