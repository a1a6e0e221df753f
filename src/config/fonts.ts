/**
 * The font stack of files the app writes (SVG, PNG, PowerPoint), where the
 * page's CSS does not apply: the page's own stack, with the fonts chart text
 * is measured against (Arial, DejaVu Sans) before the generic family.
 */
export const FILE_FONT_STACK = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif"
