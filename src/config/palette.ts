import type { SeriesSlot } from './companies.ts'

/**
 * The chart colours per theme, for drawings that cannot read CSS variables:
 * exported SVG and PNG files and PowerPoint charts. The page reads the same
 * values from src/index.css; src/config/palette.test.ts keeps the two equal.
 */
export const PALETTE = {
  light: {
    series: ['#c2570c', '#0069a8', '#00785a', '#6b7280', '#8c3179', '#968051', '#6182ff', '#832c14'],
    grid: '#e2e8f0',
    axis: '#475569',
    text: '#0f172a',
    surface: '#ffffff',
  },
  dark: {
    series: ['#f0a24a', '#62b8ec', '#3fcfa0', '#a1a9b6', '#d37196', '#f7e16b', '#007bff', '#b97155'],
    grid: '#334155',
    axis: '#cbd5e1',
    text: '#f1f5f9',
    surface: '#0f172a',
  },
} as const

export type PaletteTheme = keyof typeof PALETTE

/** A series slot's colour in a theme. */
export const seriesColor = (theme: PaletteTheme, slot: SeriesSlot) => PALETTE[theme].series[slot - 1]
