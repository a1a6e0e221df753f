import type { SeriesSlot } from '../../../config/companies.ts'
import { PALETTE, seriesColor, type PaletteTheme } from '../../../config/palette.ts'
import type { Unit } from '../../../config/units.ts'
import { formatHex, interpolate, modeRgb, useMode as registerColorSpace } from 'culori/fn'
import { zeroBasedTicks } from '../../../lib/linear-ticks.ts'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import {
  isDirectionShape,
  isDotShape,
  type BarItem,
  type BarSpec,
  type ChartModel,
  type MARK_MEANING,
} from '../../charts/index.ts'
import { formatPeriod } from '../../../domain/format-fact.ts'
import type { Fact } from '../../../domain/schema.ts'
import { axisFormat, labelFormat } from './number-formats.ts'

/**
 * What a series holds: stated figures, derived ones, or the two ends of the range a vague count's
 * words are read as (drawn as a pale bar to the upper end with a bar in the slide's colour over the
 * lower part, so what shows is the band between them).
 */
export type SeriesRole = 'stated' | 'derived' | 'reading-to' | 'reading-from'

/** One column of the chart's data sheet, and the bars drawn from it. */
export interface DeckSeries {
  /** The column's head: what it measures, its kind where not stated, and its unit ("Market share, derived (%)"). */
  name: string
  role: SeriesRole
  /** One cell per category: the figure, or null (a blank cell) where the series has none. */
  values: (number | null)[]
  /** Each bar's fill, "RRGGBB" as PowerPoint writes colours; null where there is no bar. */
  fills: (string | null)[]
  /**
   * The number format of the bars' labels, which then follow the sheet's numbers; null where the label
   * is words (a reading's upper end: the articles' words, set as slide text) or there is none (its lower end).
   */
  labelFormat: string | null
  /** Each bar's label as the app words it ("31%", "34% (derived)", "“several hundred” (read as 200–999)"), or null. */
  labels: (string | null)[]
  /**
   * Whether the chart draws it. A reading's two ends overlap to leave a band only where a category's
   * bars share one place; where measures stand side by side, the sheet keeps them and the words say it.
   */
  drawn: boolean
  /** On a dot plot, how its points are drawn: an earlier quarter's as rings, the latest's as dots; else null. */
  marker: 'ring' | 'dot' | null
  /** Each point's outline on a dot plot (a ring is pale inside, its outline in the company's colour), else null. */
  outlines: (string | null)[]
}

/**
 * A bar chart as PowerPoint draws it natively, from a tidy table: one row per category (the companies
 * or periods the chart compares), one column per measure, numbers as numbers, blanks where there are none.
 */
export interface DeckChart {
  /** Rows, columns, or a dot plot (a series per quarter, each company's points in a column). */
  direction: 'bar' | 'col' | 'dots'
  /** Several measures (Revenue, Operating profit) stand side by side in a category; one measure's bars share its place. */
  sideBySide: boolean
  unit: Unit
  /** The head of the sheet's first column ("Company"). */
  category: string
  /** The categories in the chart's reading order: top to bottom in rows, left to right in columns. */
  categories: string[]
  series: DeckSeries[]
  /** Per category, the change the articles state for it, labelled under its figure: "▼ Fell (“dipped”)". */
  changes: (string | null)[]
  /** Per category, the words drawn on its baseline where it has no figure ("not reported"), else null. */
  unmeasured: (string | null)[]
  /** The value axis: its top, step, tick labels' number format and the tick labels as they read. */
  axis: { max: number; major: number; format: string; ticks: string[] }
  /** The kinds of mark the chart draws that need a word in its key. */
  marks: (keyof typeof MARK_MEANING)[]
}

// The app's own weights (MarkShape): a derived bar is pale, a second series lighter, a band in between.
const TINT = { figure: 1, secondary: 0.55, band: 0.4, derived: 0.25 } as const

/** How a unit reads in a column's head: "Job cuts (people)". */
const UNIT_WORDS: Record<Unit, string> = {
  percent: '%',
  USD: 'US$',
  people: 'people',
  positions: 'positions',
  days: 'days',
}

// Up to five steps, as on the page's axes: 0–25B in steps of 5B, 0–40% in steps of 10%.
const MAX_TICKS = 6

const hex = (color: string) => color.replace('#', '').toUpperCase()

// culori's tree-shakable entry: sRGB alone, not its forty colour spaces.
registerColorSpace(modeRgb)

/** The company's colour at `alpha` over the theme's surface: a straight sRGB mix, as browsers composite. */
function tint(theme: PaletteTheme, slot: SeriesSlot, alpha: number): string {
  const over = interpolate([PALETTE[theme].surface, seriesColor(theme, slot)], 'rgb')
  return hex(formatHex(over(alpha)))
}

/** A PowerPoint chart draws no triangle of ours: a change's label starts with one instead. */
const DIRECTION_SIGN = { up: '▲', down: '▼' } as const

/** A bar's label in words: its figure or the articles' words, with its qualifier ("derived", "read as 200–999"). */
const wordsOf = (bar: BarSpec) => (bar.note ? `${bar.value} (${bar.note})` : bar.value)

/** One value drawn into a series: which column, its cell, fill and label. */
interface Cell {
  measure: string
  name: string
  role: SeriesRole
  value: number
  fill: string
  label: string | null
  marker: DeckSeries['marker']
  outline?: string
}

/** The cells a bar fills: a figure is one, a band the two ends of its reading, an open mark none. */
function cellsOf(bar: BarSpec, measure: string, unit: string, theme: PaletteTheme, slot: SeriesSlot): Cell[] {
  const derived = bar.kind === 'derived' || bar.kind === 'derived-range'
  if (bar.shape === 'band') {
    const range = derived ? 'the derived range' : 'the reading of the words'
    return [
      {
        measure,
        name: `${measure}, lower end of ${range} (${unit})`,
        role: 'reading-from',
        value: bar.from,
        fill: hex(PALETTE[theme].surface),
        label: null,
        marker: null,
      },
      {
        measure,
        name: `${measure}, upper end of ${range} (${unit})`,
        role: 'reading-to',
        value: bar.to,
        fill: tint(theme, slot, TINT.band),
        label: wordsOf(bar),
        marker: null,
      },
    ]
  }
  if (bar.shape !== 'bar' && !isDotShape(bar.shape)) return []
  const weight = derived ? TINT.derived : bar.secondary ? TINT.secondary : TINT.figure
  const { shape } = bar
  // A ring is drawn pale inside: viewers that draw a marker by its fill alone still show it.
  const ring = shape === 'ring'
  return [
    {
      measure,
      name: derived ? `${measure}, derived (${unit})` : `${measure} (${unit})`,
      role: derived ? 'derived' : 'stated',
      value: bar.to,
      fill: tint(theme, slot, ring ? Math.min(weight, TINT.secondary) : weight),
      outline: isDotShape(shape) ? tint(theme, slot, TINT.figure) : undefined,
      label: wordsOf(bar),
      marker: isDotShape(shape) ? shape : null,
    },
  ]
}

// The sheet's columns, which are also the order they are drawn in, later over earlier: figures first, then each
// reading's upper end, then its lower end over it, so what shows of the reading is the band between them.
const ROLE_ORDER: Record<SeriesRole, number> = { stated: 0, derived: 1, 'reading-to': 2, 'reading-from': 3 }

/**
 * What a category is, read from what its name says of the facts its bars draw: "Company" ("AWS", or
 * "AWS (“Amazon’s”)" where the article names it otherwise),
 * "Period" ("Q4 2023*"), else "Period and company" (a layoff wave: "3 Apr 2024* · AWS").
 */
function categoryHead(items: readonly BarItem[], index: DatasetIndex): string {
  const names = (test: (name: string, fact: Fact) => boolean) =>
    items.every((item) =>
      item.bars.some((b) => {
        const fact = index.factById.get(b.factId)
        return fact !== undefined && test(item.label.join(' · '), fact)
      }),
    )
  const company = (fact: Fact) => index.companyById.get(fact.company)?.name
  if (names((name, fact) => name === company(fact) || name.startsWith(`${company(fact)} (`))) return 'Company'
  if (names((name, fact) => formatPeriod(fact.period) === name)) return 'Period'
  return 'Period and company'
}

/**
 * The chart's tidy table and how each value is drawn, never with a made-up number:
 * - categories are the items the chart compares (companies, periods), in reading order;
 * - a figure is a bar in its company's colour in its measure's column; a derived one sits in a column
 *   of its own ("…, derived"), pale, labelled "(derived)";
 * - a vague count read as a range fills two columns, the two ends of the reading, labelled with the articles' words;
 * - an unreported value is a blank cell, its words ("not reported") drawn on the baseline;
 * - a change stated in words is no bar and no number: its words label the figure it qualifies.
 */
export function deckChart(
  model: Pick<ChartModel, 'bars' | 'title'>,
  theme: PaletteTheme,
  index: DatasetIndex,
): DeckChart {
  const spec = model.bars
  const { items } = spec.input
  // One unit per chart: its first drawn value's.
  const firstBar = items[0]?.bars[0]
  const unit = (firstBar && index.factById.get(firstBar.factId)?.value.unit) ?? 'people'
  const unitWords = UNIT_WORDS[unit]
  const cells = items.map((item) => {
    const seen = new Set<string>()
    return item.bars.flatMap((bar, at) => {
      if (isDirectionShape(bar.shape)) return []
      // A bar of one measure among several is named by its series; a chart of one measure by its title.
      let measure = bar.caption ?? bar.series ?? spec.series?.[at]?.text ?? model.title
      // A second figure for one measure (the articles differ): a column of its own, named for who gave it.
      if (seen.has(measure)) measure = `${measure}, ${index.factById.get(bar.factId)?.source ?? 'second figure'}`
      seen.add(measure)
      return cellsOf(bar, measure, unitWords, theme, index.slotOf.get(bar.companyId)!)
    })
  })
  const sideBySide = new Set(cells.flat().map((c) => c.measure)).size > 1
  const dots = spec.prefer === 'dots'
  // A bar chart's columns by role; a dot plot's earlier quarters' rings first, the latest quarter's dots over them.
  const latest = new Set(cells.flat().flatMap((c) => (c.marker === 'dot' ? [c.name] : [])))
  const names = [...new Map(cells.flat().map((c) => [c.name, c.role])).entries()].toSorted((a, b) =>
    dots ? Number(latest.has(a[0])) - Number(latest.has(b[0])) : ROLE_ORDER[a[1]] - ROLE_ORDER[b[1]],
  )
  const series = names.map(([name, role]): DeckSeries => {
    const column = cells.map((row) => row.find((c) => c.name === name) ?? null)
    const values = column.map((c) => c?.value ?? null)
    return {
      name,
      role,
      values,
      fills: column.map((c) => c?.fill ?? null),
      labelFormat:
        role === 'stated' || role === 'derived'
          ? labelFormat(unit, values, role === 'derived' ? ' (derived)' : '')
          : null,
      labels: column.map((c) => c?.label ?? null),
      drawn: !sideBySide || role === 'stated' || role === 'derived',
      marker: column.find((c) => c !== null)?.marker ?? null,
      outlines: column.map((c) => c?.outline ?? null),
    }
  })
  const changes = items.map((item) => {
    const change = item.bars.find((b) => isDirectionShape(b.shape))
    return change && isDirectionShape(change.shape) ? `${DIRECTION_SIGN[change.shape]} ${wordsOf(change)}` : null
  })
  const unmeasured = items.map((item, i) => {
    const open = item.bars.filter((b) => b.shape === 'open')
    const words = open.map((b) => (item.bars.length > 1 && b.caption ? `${b.caption}: ${wordsOf(b)}` : wordsOf(b)))
    // A change with no figure to label is said on the baseline too.
    if (changes[i] && !cells[i].length) words.push(changes[i])
    return words.length ? words.join('; ') : null
  })
  const { top, ticks } = zeroBasedTicks(spec.input.domainMax, MAX_TICKS)
  const bars = items.flatMap((item) => item.bars)
  const marks = (
    [
      ['derived', series.some((s) => s.role === 'derived')],
      ['vague', series.some((s) => s.role === 'reading-to' && s.drawn)],
      ['unknown', bars.some((b) => b.shape === 'open' && b.kind === 'unknown')],
      ['direction', changes.some(Boolean)],
    ] as const
  ).flatMap(([mark, drawn]) => (drawn ? [mark] : []))
  return {
    direction: dots ? 'dots' : spec.prefer === 'rows' ? 'bar' : 'col',
    sideBySide,
    unit,
    category: categoryHead(items, index),
    categories: items.map((item) => item.label.join(' · ')),
    series,
    changes: changes.map((c, i) => (cells[i].length ? c : null)),
    unmeasured,
    axis: { max: top, major: ticks[1] ?? top, format: axisFormat(unit), ticks: ticks.map(spec.input.formatTick) },
    marks,
  }
}
