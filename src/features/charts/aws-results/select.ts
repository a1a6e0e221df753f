import { comparePeriodKeys, type PeriodKey } from '../../../lib/period.ts'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import type { Fact } from '../../../domain/schema.ts'
import { byMetric } from '../select-helpers.ts'

/** The most quarters the chart draws (the latest): past that, columns are too thin to read or to click. */
export const MAX_QUARTERS = 12

export interface ResultsRow {
  period: PeriodKey
  revenue: Fact | null
  profits: Fact | null
  margin: Fact | null
}

/** AWS revenue, profits and profits as a share of revenue per period, oldest first; the most recent quarters only. */
export function selectAwsResults(index: DatasetIndex, facts: readonly Fact[]): ResultsRow[] {
  const aws = facts.filter((f) => f.company === 'aws')
  const rows = new Map<PeriodKey, ResultsRow>()
  const row = (f: Fact) => {
    const period = index.periodOf.get(f.id)!
    if (!rows.has(period)) rows.set(period, { period, revenue: null, profits: null, margin: null })
    return rows.get(period)!
  }
  for (const f of byMetric(aws, 'revenue')) row(f).revenue = f
  for (const f of byMetric(aws, 'profit')) row(f).profits = f
  for (const f of byMetric(aws, 'profit_to_revenue')) row(f).margin = f
  return [...rows.values()].sort((a, b) => comparePeriodKeys(a.period, b.period)).slice(-MAX_QUARTERS)
}
