/**
 * The one font chart text is drawn and measured in: Inter (SIL Open Font
 * License, which allows embedding), self-hosted from @fontsource/inter's Latin
 * subset in the weights the app draws. Text widths are generated from these
 * very files at build time (scripts/vite-plugins/font-metrics.ts), the page loads
 * them (src/index.css), and exported SVG and PNG files embed them. The
 * PowerPoint deck is set in a font Office has (DECK_FONT).
 */
export const FONT_FAMILY = 'Inter'

/** The weights shipped: chart text uses 400 and 700, the page's semibold headings 600. */
export const FONT_WEIGHTS = [400, 600, 700] as const
export type ShippedWeight = (typeof FONT_WEIGHTS)[number]

/** The weights chart text is drawn, and so measured, in: only these have width tables in the page's code. */
export const MEASURED_WEIGHTS = [400, 700] as const satisfies readonly ShippedWeight[]
export type MeasuredWeight = (typeof MEASURED_WEIGHTS)[number]

/** The package file of one weight, as the build, the metrics and the exports resolve it. */
export const fontFile = (weight: ShippedWeight) => `@fontsource/inter/files/inter-latin-${weight}-normal.woff2`

/**
 * The font stack of the images the app writes (SVG, PNG), where the page's
 * CSS does not apply. They carry Inter themselves; the rest is for a file
 * opened where its embedded font is stripped.
 */
export const FILE_FONT_STACK = "Inter, Arial, 'Liberation Sans', sans-serif"

/**
 * The PowerPoint deck's one typeface: Arial, which Office, Keynote and Google
 * Slides have everywhere and LibreOffice replaces with Liberation Sans, a font
 * of the same widths. The deck's layout is measured against a font with
 * Arial's advances (scripts/vite-plugins/font-metrics.ts;
 * docs/decisions/0018-an-editable-deck.md).
 */
export const DECK_FONT = { face: 'Arial' } as const
