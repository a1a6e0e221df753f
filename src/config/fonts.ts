/**
 * The one font chart text is drawn and measured in: Inter (SIL Open Font
 * License, which allows embedding), self-hosted from @fontsource/inter's Latin
 * subset in the weights the app draws. Text widths are generated from these
 * very files at build time (scripts/vite-plugins/font-metrics.ts), the page loads
 * them (src/index.css), exported SVG and PNG files embed them, and the
 * PowerPoint deck names the family.
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
 * The font stack of files the app writes (SVG, PNG, PowerPoint), where the
 * page's CSS does not apply. SVG and PNG files carry Inter themselves; the
 * rest is for a file opened where its embedded font is stripped.
 */
export const FILE_FONT_STACK = "Inter, Arial, 'Liberation Sans', sans-serif"

/**
 * PowerPoint takes one typeface per run, not a stack: the deck's text names
 * Inter, written as a sans-serif (OOXML's pitch family) so a machine without
 * it substitutes a sans; the deck theme's fonts, which anything without a face
 * of its own uses (the speaker notes), are Arial, on every machine that opens a deck.
 */
export const DECK_FONT = { face: FONT_FAMILY, fallback: 'Arial' } as const
