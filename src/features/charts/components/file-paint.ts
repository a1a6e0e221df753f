import { PALETTE, seriesColor, type PaletteTheme } from '../../../config/palette.ts'
import type { ScenePaint } from './scene-paint.ts'

// Apart from the page's paint: only exports draw with it, and the palette's values need not load with the page.
/** In a file (SVG, PNG, a preview image): the theme's colours as values, readable by any renderer. */
export function filePaint(theme: PaletteTheme): ScenePaint {
  const p = PALETTE[theme]
  return {
    series: (slot) => seriesColor(theme, slot),
    text: p.text,
    muted: p.axis,
    grid: p.grid,
    axis: p.axis,
    surface: p.surface,
  }
}
