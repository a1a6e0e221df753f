import { companyColor, companySlot } from '../../../config/companies.ts'
import { PALETTE, seriesColor, type PaletteTheme } from '../../../config/palette.ts'

/** The colours a scene is drawn in: CSS variables on the page, plain values in exported files. */
export interface ScenePaint {
  series: (companyId: string) => string
  text: string
  muted: string
  grid: string
  axis: string
  surface: string
}

/** On the page: the theme's CSS variables, so a theme switch recolours without a redraw. */
export const PAGE_PAINT: ScenePaint = {
  series: companyColor,
  text: 'var(--chart-text)',
  muted: 'var(--chart-axis)',
  grid: 'var(--chart-grid)',
  axis: 'var(--chart-axis)',
  surface: 'var(--surface)',
}

/** In a file (SVG, PNG, a preview image): the theme's colours as values, readable by any renderer. */
export function filePaint(theme: PaletteTheme): ScenePaint {
  const p = PALETTE[theme]
  return {
    series: (companyId) => seriesColor(theme, companySlot(companyId)),
    text: p.text,
    muted: p.axis,
    grid: p.grid,
    axis: p.axis,
    surface: p.surface,
  }
}
