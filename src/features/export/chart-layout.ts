/** Sizes of the title, subtitle and source blocks composed around an exported chart, in CSS px. */
export const LAYOUT = {
  padding: 16,
  title: { size: 18, lineHeight: 24, weight: '600' },
  subtitle: { size: 13, lineHeight: 18, weight: '400' },
  source: { size: 11, lineHeight: 15, weight: '400' },
  gapAfterHeading: 12,
  gapBeforeSource: 12,
  // Average advance of a sans-serif character in em: enough to wrap text near the chart's width
  // without measuring it (the file may be opened where the page's font is missing anyway).
  charWidthEm: 0.55,
} as const
