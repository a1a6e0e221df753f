/** The files a chart exports to, as offered in its Export menu. */
export const EXPORT_KINDS = [
  { kind: 'png-slide', label: 'PNG for slides', hint: '1920 × 1080, with title and source' },
  { kind: 'png-2x', label: 'PNG, 2× screen size', hint: 'sharp on high-density screens' },
  { kind: 'svg', label: 'SVG', hint: 'self-contained vector image' },
  { kind: 'csv', label: 'CSV data', hint: 'one row per value, with quotes and sources' },
  {
    kind: 'pptx',
    label: 'PowerPoint slide',
    hint: 'editable chart; its quotes follow it, talking points in the notes',
  },
] as const

export type ExportKind = (typeof EXPORT_KINDS)[number]['kind']
