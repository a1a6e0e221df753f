import { formatAmount } from '../../../lib/format.ts'
import type { PeriodKey } from '../../../lib/period.ts'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import { formatValue, markedPeriodKey } from '../../../domain/format-fact.ts'
import type { Fact } from '../../../domain/schema.ts'
import { barSpecOf, directionSpecOf } from '../bar-spec.ts'
import type { BarsSpec, ContextLine } from '../definition.ts'
import type { BarItem } from '../layout/bars.ts'
import type { KeyEntry } from '../layout/chart-key.ts'
import type { MarkShape } from '../layout/scene.ts'
import { present } from '../select-helpers.ts'
import type { MarketShareData, SharePoint } from './select.ts'

/*
 * Market share over several quarters: a dot plot, each company's shares on one line, an earlier quarter a ring
 * and the latest a dot (decision 0027). One quarter stays the bar chart (chart.ts).
 */

const list = new Intl.ListFormat('en', { type: 'conjunction' })

export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/**
 * "Q4 2023* and Q1 2024": the quarters drawn, each marked where a year among its shares is inferred; with earlier
 * quarters left out, "The 4 most recent of 40 quarters, Q1 2023, … and Q4 2023".
 */
export function quartersWords(data: MarketShareData, index: DatasetIndex): string {
  const facts = data.points.map((p) => index.factById.get(p.factId)!)
  const drawn = list.format(data.periods.map((p) => markedPeriodKey(p, facts)))
  if (!data.omitted) return drawn
  return `The ${data.periods.length} most recent of ${data.periods.length + data.omitted} quarters, ${drawn}`
}

/** Where the quarters left out are: said wherever the chart says which quarters it draws. */
export const omittedWords = (data: MarketShareData) => (data.omitted ? '; the dashboard’s table lists them all' : '')

const quarterOf = (data: MarketShareData, index: DatasetIndex) => {
  const facts = data.points.map((p) => index.factById.get(p.factId)!)
  return (p: PeriodKey) => markedPeriodKey(p, facts)
}

/** The points grouped by company, in the order selectMarketShare gives them. */
function byCompany(points: SharePoint[]): SharePoint[][] {
  const groups = new Map<string, SharePoint[]>()
  for (const p of points) groups.set(p.companyId, [...(groups.get(p.companyId) ?? []), p])
  return [...groups.values()]
}

/** A company's shares in words: "AWS 31% (Synergy Research Group) and 32% (Canalys) in Q4 2023*, 30% in Q1 2024". */
function companyWords(points: SharePoint[], quarter: (p: PeriodKey) => string, index: DatasetIndex): string {
  const periods = [...new Set(points.map((p) => p.period))]
  const said = periods.map((period) => {
    const inQuarter = points.filter((p) => p.period === period)
    const figure = (p: SharePoint) => {
      const words = p.amount === null ? 'not reported' : formatAmount(p.amount, 'percent')
      const derived = p.kind === 'derived' ? ' (derived)' : ''
      // Two figures for one quarter: each with who gave it, never one silently.
      const source = inQuarter.length > 1 ? ` (${index.factById.get(p.factId)!.source})` : ''
      return `${words}${derived}${source}`
    }
    return `${list.format(inQuarter.map(figure))} in ${quarter(period)}`
  })
  return `${points[0].name} ${said.join(', ')}`
}

/** The chart in one sentence, every drawn value with its quarter. */
export function quartersSummary(data: MarketShareData, index: DatasetIndex): string {
  const quarter = quarterOf(data, index)
  const companies = byCompany(data.points).map((points) => companyWords(points, quarter, index))
  return `Cloud infrastructure market share, ${lowerFirst(quartersWords(data, index))}${omittedWords(data)}: ${companies.join('; ')}.`
}

/** Each quarter's total spending and its growth, a line per quarter that has either. */
export function quartersContext(data: MarketShareData, index: DatasetIndex): ContextLine[] {
  const quarter = quarterOf(data, index)
  return data.spendingByPeriod.flatMap(({ period, spending, spendingGrowth }) =>
    spending || spendingGrowth
      ? [
          [
            `Total enterprise spending on cloud infrastructure services in ${quarter(period)}: `,
            spending ? { fact: spending, text: formatValue(spending.value) } : 'not reported',
            ...(spendingGrowth
              ? [', up ', { fact: spendingGrowth, text: formatValue(spendingGrowth.value) }, ' year over year']
              : []),
            '.',
          ],
        ]
      : [],
  )
}

/** How a quarter's point is drawn: a ring for an earlier quarter, a dot for the latest. */
const shapeOf = (data: MarketShareData, period: PeriodKey): MarkShape => (period === data.period ? 'dot' : 'ring')

/** The key's entries: one per quarter, its sample in a neutral colour. */
function quarterKey(data: MarketShareData, index: DatasetIndex): KeyEntry[] {
  const quarter = quarterOf(data, index)
  return data.periods.map((p) => ({ shape: shapeOf(data, p), kind: 'stated', text: quarter(p) }))
}

/** A company's row: a point per share (two where the articles differ), then the changes they state in words. */
function itemOf(points: SharePoint[], data: MarketShareData, index: DatasetIndex): BarItem {
  const quarter = quarterOf(data, index)
  const { name } = points[0]
  const level = (p: SharePoint) => {
    const fact: Fact = index.factById.get(p.factId)!
    const spec = barSpecOf(fact, `${name}, ${quarter(p.period)}`, { series: quarter(p.period) })
    return spec.shape === 'bar' ? { ...spec, shape: shapeOf(data, p.period) } : spec
  }
  // A change in words is about its own quarter: its words say which.
  const change = (p: SharePoint) => p.change && directionSpecOf(p.change, name, quarter(p.period))
  return { key: points[0].factId, label: [name], bars: present([...points.map(level), ...points.map(change)]) }
}

/** The dot plot's bars: a row per company, a series per quarter, on the chart's one scale. */
export function quartersBars(
  data: MarketShareData,
  index: DatasetIndex,
  axis: Pick<BarsSpec['input'], 'domainMax' | 'formatTick'>,
): BarsSpec {
  return {
    prefer: 'dots',
    series: quarterKey(data, index),
    input: { items: byCompany(data.points).map((g) => itemOf(g, data, index)), ...axis, axis: true },
  }
}
