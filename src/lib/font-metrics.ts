import type { MeasuredWeight } from '../config/fonts.ts'

/** A font's width tables, in font units per weight (generated: scripts/vite-plugins/font-metrics.ts). */
export interface FontMetrics {
  unitsPerEm: number
  /** Every character the measured subset draws, in one string. */
  chars: string
  weights: Record<MeasuredWeight, WeightMetrics>
}

export interface WeightMetrics {
  /** The advance of each of `chars`, in font units. */
  advances: number[]
  /**
   * Kerning, for a left character: the right characters and the adjustment of each pair, in font units; those right
   * characters the pair moves (OpenType then skips the pair that character starts); and the adjustments that differ
   * after another character (Inter closes "7." up less in "$7.2B" than in "7.2").
   */
  kerning: Record<string, [rights: string, adjustments: number[], moved: string, inWord: Record<string, number>]>
  /** The advance of a digit in tabular figures (`tnum`), in font units. */
  tabularFigure: number
}
