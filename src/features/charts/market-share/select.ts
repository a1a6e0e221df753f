import { comparePeriodKeys, type PeriodKey } from '../../../lib/period.ts'
import { changeLinks } from '../../../domain/change-facts.ts'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import type { Fact } from '../../../domain/schema.ts'
import { byMetric, chartPoint, type ChartPoint } from '../select-helpers.ts'

/** A share, its quarter, and the change the articles state for it in words (AWS "dipped"), when they state one. */
export interface SharePoint extends ChartPoint {
  period: PeriodKey
  change: Fact | null
}

/** A quarter's total spending on cloud infrastructure and its growth, the context of its shares. */
export interface QuarterSpending {
  period: PeriodKey
  spending: Fact | null
  spendingGrowth: Fact | null
}

/**
 * The most quarters the chart draws (the latest): each is a point and a figure in words on every company's row, so
 * past a year of them a row is a wall of figures, and a page built with every quarter grows with the data.
 */
export const MAX_SHARE_QUARTERS = 4

export interface MarketShareData {
  /** The latest quarter with shares. */
  period: PeriodKey
  /** The quarters drawn: those the filter leaves shares in, oldest first, the latest MAX_SHARE_QUARTERS of them. */
  periods: PeriodKey[]
  /** Earlier quarters the filter leaves shares in that the chart has no room for. */
  omitted: number
  /**
   * One quarter: largest share first, derived "others" last (the reading order of a ranking). Several: the same
   * order by each company's latest share, and each company's shares together, oldest quarter first; two figures
   * for one company and quarter (a disagreement) both, in the dataset's order.
   */
  points: SharePoint[]
  /** The latest quarter's spending (the context of a one-quarter chart). */
  spending: Fact | null
  spendingGrowth: Fact | null
  /** Each quarter's spending, oldest first. */
  spendingByPeriod: QuarterSpending[]
}

// A ranking: figures before unreported shares, the derived remainder last.
const rank = (p: SharePoint) => [Number(p.kind === 'derived'), -(p.amount ?? 0)]
const byRank = (a: SharePoint, b: SharePoint) => {
  const [ra, rb] = [rank(a), rank(b)]
  return ra[0] - rb[0] || ra[1] - rb[1]
}

/** Companies ranked by their latest share, each company's shares in time order. */
function byCompanyOverTime(points: SharePoint[]): SharePoint[] {
  const latest = new Map<string, SharePoint>()
  for (const p of points) {
    const seen = latest.get(p.companyId)
    if (!seen || comparePeriodKeys(seen.period, p.period) < 0) latest.set(p.companyId, p)
  }
  const companies = [...latest.values()]
    .sort((a, b) => byRank(a, b) || comparePeriodKeys(b.period, a.period))
    .map((p) => p.companyId)
  return companies.flatMap((c) =>
    points.filter((p) => p.companyId === c).sort((a, b) => comparePeriodKeys(a.period, b.period)),
  )
}

/**
 * Market shares in the quarters the filter leaves (the latest MAX_SHARE_QUARTERS; `omitted` counts the others),
 * each with its change in words when the articles state one, and each quarter's total spending as context.
 */
export function selectMarketShare(index: DatasetIndex, facts: readonly Fact[]): MarketShareData | null {
  const shares = byMetric(facts, 'market_share')
  const periodOf = (f: Fact) => index.periodOf.get(f.id)!
  const withShares = [...new Set(shares.map(periodOf))].sort(comparePeriodKeys)
  const periods = withShares.slice(-MAX_SHARE_QUARTERS)
  const period = periods.at(-1)
  if (!period) return null
  const drawn = new Set(periods)
  const { changeOf } = changeLinks(index)
  const points = shares
    .filter((f) => drawn.has(periodOf(f)))
    .map((f) => ({
      ...chartPoint(index, f),
      period: periodOf(f),
      change: changeOf.get(f.id) ?? null,
    }))
  const spendingByPeriod = periods.map((p) => ({
    period: p,
    spending: byMetric(facts, 'spending').find((f) => periodOf(f) === p) ?? null,
    spendingGrowth: byMetric(facts, 'spending_growth').find((f) => periodOf(f) === p) ?? null,
  }))
  const latest = spendingByPeriod.at(-1)!
  return {
    period,
    periods,
    omitted: withShares.length - periods.length,
    points: periods.length > 1 ? byCompanyOverTime(points) : points.sort(byRank),
    spending: latest.spending,
    spendingGrowth: latest.spendingGrowth,
    spendingByPeriod,
  }
}
