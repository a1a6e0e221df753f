import type { PeriodKey } from '../../../lib/period.ts'
import { changeLinks } from '../../../domain/change-facts.ts'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import type { Fact } from '../../../domain/schema.ts'
import { byMetric, chartPoint, latestPeriod, type ChartPoint } from '../select-helpers.ts'

/** A share, and the change the articles state for it in words (AWS "dipped"), when they state one. */
export interface SharePoint extends ChartPoint {
  change: Fact | null
}

export interface MarketShareData {
  period: PeriodKey
  /** Largest share first, derived "others" last: the reading order of a ranking. */
  points: SharePoint[]
  spending: Fact | null
  spendingGrowth: Fact | null
}

/**
 * Market shares of the latest period the filter leaves, each with its change in words when the articles
 * state one, and that period's total spending as context.
 */
export function selectMarketShare(index: DatasetIndex, facts: readonly Fact[]): MarketShareData | null {
  const shares = byMetric(facts, 'market_share')
  const period = latestPeriod(index, shares)
  if (!period) return null
  const inPeriod = (f: Fact) => index.periodOf.get(f.id) === period
  const { changeOf } = changeLinks(index)
  const points = shares
    .filter(inPeriod)
    .map((f) => ({ ...chartPoint(index, f), change: changeOf.get(f.id) ?? null }))
    .sort((a, b) => Number(a.kind === 'derived') - Number(b.kind === 'derived') || (b.amount ?? 0) - (a.amount ?? 0))
  return {
    period,
    points,
    spending: byMetric(facts, 'spending').find(inPeriod) ?? null,
    spendingGrowth: byMetric(facts, 'spending_growth').find(inPeriod) ?? null,
  }
}
