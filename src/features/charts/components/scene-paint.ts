import { slotColor, type SeriesSlot } from '../../../config/companies.ts'

/** The colours a scene is drawn in: CSS variables on the page, plain values in exported files. */
export interface ScenePaint {
  series: (slot: SeriesSlot) => string
  text: string
  muted: string
  grid: string
  axis: string
  surface: string
}

/** On the page: the theme's CSS variables, so a theme switch recolours without a redraw. */
export const PAGE_PAINT: ScenePaint = {
  series: slotColor,
  text: 'var(--chart-text)',
  muted: 'var(--chart-axis)',
  grid: 'var(--chart-grid)',
  axis: 'var(--chart-axis)',
  surface: 'var(--surface)',
}
