import type { DatasetIndex } from '../dataset/dataset-index'
import type { Fact, FactValue } from '../dataset/schema'

import { comparePeriodKeys, type PeriodKey } from '../../lib/period'
import { amountOf } from '../dataset/format-fact'

/** One mark of a chart: the fact it draws and what the chart needs to place it. */
export interface ChartPoint {
  factId: string
  companyId: string
  name: string
  /** Bar length; null when the articles give no figure. */
  amount: number | null
  kind: FactValue['kind']
}

const byMetric = (facts: readonly Fact[], metric: Fact['metric']) => facts.filter((f) => f.metric === metric)

function latestPeriod(index: DatasetIndex, facts: readonly Fact[]): PeriodKey | null {
  const periods = facts.map((f) => index.periodOf.get(f.id)!).sort(comparePeriodKeys)
  return periods.at(-1) ?? null
}

const point = (index: DatasetIndex, fact: Fact): ChartPoint => ({
  factId: fact.id,
  companyId: fact.company,
  name: index.companyById.get(fact.company)?.name ?? fact.company,
  amount: amountOf(fact.value),
  kind: fact.value.kind,
})

export interface MarketShareData {
  period: PeriodKey
  /** Largest share first, derived "others" last: the reading order of a ranking. */
  points: ChartPoint[]
  spending: Fact | null
  spendingGrowth: Fact | null
}

/** Market shares of the latest period the filter leaves, with that period's total spending as context. */
export function selectMarketShare(index: DatasetIndex, facts: readonly Fact[]): MarketShareData | null {
  const shares = byMetric(facts, 'market_share')
  const period = latestPeriod(index, shares)
  if (!period) return null
  const inPeriod = (f: Fact) => index.periodOf.get(f.id) === period
  const points = shares
    .filter(inPeriod)
    .map((f) => point(index, f))
    .sort((a, b) => Number(a.kind === 'derived') - Number(b.kind === 'derived') || (b.amount ?? 0) - (a.amount ?? 0))
  return {
    period,
    points,
    spending: byMetric(facts, 'spending').find(inPeriod) ?? null,
    spendingGrowth: byMetric(facts, 'spending_growth').find(inPeriod) ?? null,
  }
}

export interface ResultsRow {
  period: PeriodKey
  revenue: Fact | null
  operatingProfit: Fact | null
  margin: Fact | null
}

/** AWS revenue, operating profit and margin per period, oldest first; the most recent quarters only. */
export function selectAwsResults(index: DatasetIndex, facts: readonly Fact[]): ResultsRow[] {
  const aws = facts.filter((f) => f.company === 'aws')
  const rows = new Map<PeriodKey, ResultsRow>()
  const row = (f: Fact) => {
    const period = index.periodOf.get(f.id)!
    if (!rows.has(period)) rows.set(period, { period, revenue: null, operatingProfit: null, margin: null })
    return rows.get(period)!
  }
  for (const f of byMetric(aws, 'revenue')) row(f).revenue = f
  for (const f of byMetric(aws, 'operating_profit')) row(f).operatingProfit = f
  for (const f of byMetric(aws, 'operating_margin')) row(f).margin = f
  return [...rows.values()].sort((a, b) => comparePeriodKeys(a.period, b.period)).slice(-CHART_LIMITS.quarters)
}

export interface LayoffPoint extends ChartPoint {
  label: string
  fact: Fact
  /** For vague counts: the literal reading of the sources' words, drawn as a band. */
  range: [number, number] | null
}

/** How many marks a chart draws at most: past that, bars are too thin to read or to click. */
export const CHART_LIMITS = { waves: 16, totals: 3, quarters: 12, keyFigures: 8 } as const

export interface LayoffData {
  /** The most recent waves, oldest first. */
  waves: LayoffPoint[]
  totals: Fact[]
  /** Waves the filters leave but the chart has no room for. */
  omitted: number
}

/**
 * Layoff waves in time order; a count that covers several waves (the 27,000
 * in two waves) is context, not a wave, so it is returned apart as `totals`.
 * Only the most recent waves are drawn; `omitted` says how many are left out.
 */
export function selectLayoffs(index: DatasetIndex, facts: readonly Fact[]): LayoffData {
  const layoffs = byMetric(facts, 'layoffs')
  const isTotal = (f: Fact) => (f.layoff?.waves ?? 1) > 1
  const waves = layoffs
    .filter((f) => !isTotal(f))
    .map((f) => ({
      ...point(index, f),
      label: f.label,
      fact: f,
      range:
        f.value.kind === 'vague' && f.value.range ? ([f.value.range.min, f.value.range.max] as [number, number]) : null,
    }))
    .sort((a, b) => comparePeriodKeys(index.periodOf.get(a.factId)!, index.periodOf.get(b.factId)!))
  return {
    waves: waves.slice(-CHART_LIMITS.waves),
    totals: layoffs
      .filter(isTotal)
      .sort((a, b) => comparePeriodKeys(index.periodOf.get(a.id)!, index.periodOf.get(b.id)!))
      .slice(-CHART_LIMITS.totals),
    omitted: Math.max(0, waves.length - CHART_LIMITS.waves),
  }
}

/** Key figures: the facts that are not drawn in a chart. */
export const KEY_FIGURE_METRICS = [
  'headcount',
  'investment',
  'workforce',
  'pay_after_termination',
  'open_positions',
  'layoffs_share',
] as const

/** The first key figures (the strip has room for a few), and how many more the table holds. */
export function selectKeyFigures(facts: readonly Fact[]): { shown: Fact[]; more: number } {
  const all = facts.filter((f) => (KEY_FIGURE_METRICS as readonly string[]).includes(f.metric))
  return { shown: all.slice(0, CHART_LIMITS.keyFigures), more: Math.max(0, all.length - CHART_LIMITS.keyFigures) }
}
