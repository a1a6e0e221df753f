import { comparePeriodKeys, periodBounds } from '../lib/period.ts'
import type { DatasetIndex } from './dataset-index.ts'
import type { Fact } from './schema.ts'

/** A fact's first day ("2024-04-02" for about 2 Apr, "2024-04-01" for Q2), '' when undated. */
const firstDay = (f: Fact) => (f.period.value ? periodBounds(f.period.value).start : '')
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Time order for `facts`: by period as the filters list them (undated first), then, within a quarter, by the day
 * each is dated from, so "about 2 Apr" comes before "3 Apr" and May before June. Ties keep their order. Each
 * fact's day is worked out once, not at every comparison: the table sorts every fact by it.
 */
export function byTime(index: DatasetIndex, facts: readonly Fact[]): (a: Fact, b: Fact) => number {
  const days = new Map(facts.map((f) => [f, firstDay(f)]))
  return (a, b) =>
    comparePeriodKeys(index.periodOf.get(a.id)!, index.periodOf.get(b.id)!) || byText(days.get(a)!, days.get(b)!)
}
