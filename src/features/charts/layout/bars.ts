import type { FactValue } from '../../../domain/schema.ts'
import type { MarkShape } from './scene.ts'
import type { TypeLadder } from './type-ladder.ts'

/** One drawn value: where it spans on the value axis and how it is labelled. */
export interface BarSpec {
  factId: string
  companyId: string
  kind: FactValue['kind']
  shape: MarkShape
  /** The span on the value axis: 0…amount for a bar, the read range for a band, 0…0 for an open circle. */
  from: number
  to: number
  /** The label every mark keeps at every size: its figure, the articles' words, or "not reported". */
  value: string
  /** A smaller qualifier after the value: "derived", "read as 200–999". */
  note?: string
  /** A name under the bar, when a column holds several named bars (Revenue, Operating profit). */
  caption?: string
  secondary?: boolean
  /** The series a value belongs to where a category holds one per series (a quarter of a dot plot): its key's words. */
  series?: string
  /** The accessible name of the mark. */
  label: string
}

/** A category: a company, a wave, a quarter. Its label parts are wrapped separately ("Q4 2023", "AWS"). */
export interface BarItem {
  key: string
  label: string[]
  bars: BarSpec[]
}

export interface BarChartInput {
  items: BarItem[]
  /** The top of the value axis before rounding: fixed per dataset, so a filter never stretches a bar. */
  domainMax: number
  formatTick: (value: number) => string
  /** Draw a value axis with ticks and grid lines. */
  axis: boolean
  /**
   * The items that size the label column and the room for values: every item the
   * chart shows unfiltered, so a filter never moves the axis or stretches a bar.
   */
  sizing?: BarItem[]
}

/** Sizes every bar layout shares, as ratios of the base font size. */
export function barMetrics(type: TypeLadder) {
  const { base } = type
  return {
    gap: base * 0.5,
    /** Between a row's name and its marks, beside or above them: it grows with the words (a filled slide's). */
    nameGap: type.wordBase * 0.5,
    barThickness: base * 1.75,
    minBarThickness: Math.max(6, base * 0.5),
    maxBarThickness: base * 2.75,
    labelLine: type.label * 1.25,
    valueLine: type.value * 1.25,
    tickLine: type.axis * 1.25,
  }
}
