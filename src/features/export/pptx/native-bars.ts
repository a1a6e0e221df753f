import { companySlot } from '../../../config/companies.ts'
import { PALETTE, seriesColor, type PaletteTheme } from '../../../config/palette.ts'
import type { Unit } from '../../../config/units.ts'
import { formatHex, interpolate, modeRgb, useMode as registerColorSpace } from 'culori/fn'
import { zeroBasedTicks } from '../../../lib/linear-ticks.ts'
import type { BarsSpec, BarItem, BarSpec } from '../../charts/index.ts'
import { isDirectionShape } from '../../charts/index.ts'

/** What a series stands for: how it is filled, and what its label says. */
export type SeriesRole = 'figure' | 'derived' | 'secondary' | 'band' | 'band-floor' | 'placeholder' | 'direction'

/**
 * One series of the native chart. Each drawn value is a series of its own,
 * with a figure only in its own category: so each bar keeps its company's
 * colour and its own label (the series name), which a chart-wide number
 * format could not give a derived value, the articles' words or "not reported".
 */
export interface NativeSeries {
  /** The label drawn at the bar's end, and the column header in the chart's sheet. */
  name: string
  /** One value per category: the figure in this series' own category, null (a blank cell) elsewhere. */
  values: (number | null)[]
  /** "RRGGBB", as PowerPoint writes colours. */
  color: string
  role: SeriesRole
  factId: string
}

/** A bar chart as PowerPoint draws it natively: categories, series, scale. */
export interface NativeBarChart {
  direction: 'bar' | 'col'
  /** One category per drawn value: several values of one item (Revenue, Operating profit) each get theirs. */
  categories: string[]
  series: NativeSeries[]
  axis: { max: number; major: number; format: string }
}

// The app's own weights (MarkShape): a derived bar is pale, a second series lighter, a band in between.
const TINT = { figure: 1, secondary: 0.55, band: 0.4, derived: 0.25 } as const

/** Number formats for the value axis, by unit: the sheet keeps the full figures (24.2e9, not 24.2). */
const AXIS_FORMAT: Record<Unit, string> = {
  percent: '0"%"',
  USD: '"$"#,##0,,,"B"',
  people: '#,##0',
  positions: '#,##0',
  days: '#,##0',
}

// Up to five steps, as on the page's axes: 0–25B in steps of 5B, 0–40% in steps of 10%.
const MAX_TICKS = 6
const UNLABELLED = '\u200b'

const hex = (color: string) => color.replace('#', '').toUpperCase()

// culori's tree-shakable entry: sRGB alone, not its forty colour spaces.
registerColorSpace(modeRgb)

/** The company's colour at `alpha` over the theme's surface: a straight sRGB mix, as browsers composite. */
function tint(theme: PaletteTheme, companyId: string, alpha: number): string {
  const over = interpolate([PALETTE[theme].surface, seriesColor(theme, companySlot(companyId))], 'rgb')
  return hex(formatHex(over(alpha)))
}

/** "Revenue · Q4 2023": a category names its item, and the bar's own name when an item has several. */
function categoryOf(item: BarItem, bar: BarSpec, at: number, spec: BarsSpec): string {
  if (isDirectionShape(bar.shape)) return [...item.label, 'change'].join(' · ')
  const name = item.bars.length > 1 ? (bar.caption ?? spec.series?.[at]?.text) : bar.caption
  return [...(name ? [name] : []), ...item.label].join(' · ')
}

/** The label a bar keeps in the deck: its figure with "derived", the articles' words with their reading, or "not reported". */
function barLabel(bar: BarSpec): string {
  const label = bar.note ? `${bar.value} (${bar.note})` : bar.value
  return isDirectionShape(bar.shape) ? `${DIRECTION_SIGN[bar.shape]} ${label}` : label
}

/** A chart in PowerPoint draws no triangle of ours: the label starts with one instead. */
const DIRECTION_SIGN = { up: '▲', down: '▼' } as const

/**
 * How each mark maps onto native chart objects, never with a made-up number:
 * - a figure is a bar in its company's colour; a derived one is pale and says "derived";
 * - a vague count read as a range is a pale bar to the top of the range, with a
 *   bar in the slide's own colour over its lower part, so what shows is the band
 *   between the two ends of the reading; its label is the articles' words;
 * - an unreported value is a placeholder of height zero on the baseline whose
 *   label reads "not reported" (its sheet column is named so: the zero only places the label);
 * - a change stated in words is placed the same way, its label the articles' claim after ▲ or ▼.
 */
export function nativeBars(spec: BarsSpec, theme: PaletteTheme, unit: Unit): NativeBarChart {
  const inOrder = spec.input.items.flatMap((item) => item.bars.map((bar, at) => ({ item, bar, at })))
  // PowerPoint draws a horizontal chart's first category at the bottom: reversed, the first item reads at the top.
  const bars = spec.prefer === 'rows' ? inOrder.toReversed() : inOrder
  const only = (i: number, value: number) => bars.map((_, j) => (j === i ? value : null))
  const surface = hex(PALETTE[theme].surface)
  const series = bars.flatMap(({ bar }, i): NativeSeries[] => {
    const base = { factId: bar.factId, name: barLabel(bar) }
    if (isDirectionShape(bar.shape)) {
      // Like an unreported value, a zero on the baseline that only places the label: a change in words has no length.
      return [{ ...base, role: 'direction', values: only(i, 0), color: tint(theme, bar.companyId, TINT.figure) }]
    }
    if (bar.shape === 'open') {
      return [{ ...base, role: 'placeholder', values: only(i, 0), color: tint(theme, bar.companyId, TINT.figure) }]
    }
    if (bar.shape === 'band') {
      return [
        { ...base, role: 'band', values: only(i, bar.to), color: tint(theme, bar.companyId, TINT.band) },
        // Drawn over the band's lower part (series overlap fully; later ones are on top). Its label
        // is a zero-width space: an empty name would be labelled "Series 5" by some viewers.
        { ...base, name: UNLABELLED, role: 'band-floor', values: only(i, bar.from), color: surface },
      ]
    }
    const role = bar.kind === 'derived' ? 'derived' : bar.secondary ? 'secondary' : 'figure'
    return [{ ...base, role, values: only(i, bar.to), color: tint(theme, bar.companyId, TINT[role]) }]
  })
  const { top, ticks } = zeroBasedTicks(spec.input.domainMax, MAX_TICKS)
  return {
    direction: spec.prefer === 'rows' ? 'bar' : 'col',
    categories: bars.map(({ item, bar, at }) => categoryOf(item, bar, at, spec)),
    series,
    axis: { max: top, major: ticks[1] ?? top, format: AXIS_FORMAT[unit] },
  }
}
