import type { PeriodKey } from '../../../lib/period'
import type { DatasetIndex } from '../../dataset/dataset-index'
import type { Fact } from '../../dataset/schema'
import { byMetric, chartPoint, latestPeriod, type ChartPoint } from '../select-helpers'

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
    .map((f) => chartPoint(index, f))
    .sort((a, b) => Number(a.kind === 'derived') - Number(b.kind === 'derived') || (b.amount ?? 0) - (a.amount ?? 0))
  return {
    period,
    points,
    spending: byMetric(facts, 'spending').find(inPeriod) ?? null,
    spendingGrowth: byMetric(facts, 'spending_growth').find(inPeriod) ?? null,
  }
}
