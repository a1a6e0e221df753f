/**
 * The font stack of files the app writes (SVG, PNG, PowerPoint), where the
 * page's CSS does not apply: the page's own stack, with the fonts chart text
 * is measured against (Arial, DejaVu Sans) before the generic family.
 */
export const FILE_FONT_STACK = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif"

/**
 * PowerPoint takes one typeface per run, not a stack: the deck's text names the
 * stack's first family, written as a sans-serif (OOXML's pitch family) so a
 * machine without it substitutes a sans; the deck theme's fonts, which anything
 * without a face of its own uses (the speaker notes), are the stack's Arial, on
 * every machine that opens a deck.
 */
export const DECK_FONT = {
  face: FILE_FONT_STACK.split(',')[0].trim().replace(/^'|'$/g, ''),
  fallback: 'Arial',
} as const
