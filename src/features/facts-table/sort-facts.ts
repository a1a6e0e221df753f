import type { Sort, SortKey } from '../../config/facts-table.ts'
import { byTime } from '../../domain/time-order.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { Fact } from '../../domain/schema.ts'
import { amountOf } from '../../domain/format-fact.ts'
import { UNITS } from '../../config/units.ts'

// Units in a fixed order: a value sort groups by unit first, whatever the direction.
const unitRank = (f: Fact) => (f.value.unit ? UNITS.indexOf(f.value.unit) : UNITS.length)

/** The number a value sorts by: its amount, or a derived range's lower end; null when it has only words. */
const sortAmount = (f: Fact) => (f.value.kind === 'derived-range' ? f.value.min : amountOf(f.value))

/**
 * By unit first (percent, dollars, people, …; claims in words last), then within a unit by amount.
 * Values without an amount (vague, unknown) sort after every number of their unit, whatever the
 * direction: they are not small, they are unmeasured.
 */
function compareValues(a: Fact, b: Fact, sign: number): number {
  const unit = unitRank(a) - unitRank(b)
  if (unit) return unit
  const x = sortAmount(a)
  const y = sortAmount(b)
  if (x === null || y === null) return Number(x === null) - Number(y === null)
  return sign * (x - y)
}

/** Facts sorted by a table column; ties keep dataset order. */
export function sortFacts(index: DatasetIndex, facts: readonly Fact[], sort: Sort): Fact[] {
  const sign = sort.direction === 'ascending' ? 1 : -1
  const company = (f: Fact) => index.companyById.get(f.company)?.name ?? f.company
  const inTime = sort.key === 'period' ? byTime(index, facts) : null
  const compare: Record<SortKey, (a: Fact, b: Fact) => number> = {
    label: (a, b) => sign * a.label.localeCompare(b.label),
    value: (a, b) => compareValues(a, b, sign),
    period: (a, b) => sign * inTime!(a, b),
    company: (a, b) => sign * company(a).localeCompare(company(b)),
    articles: (a, b) => sign * (index.articleCountOf.get(a.id)! - index.articleCountOf.get(b.id)!),
  }
  return [...facts].sort(compare[sort.key])
}

// Per dataset, every fact in each column's order, sorted once: a filter then keeps its facts in that order in one
// pass, where sorting them anew (thousands of labels compared by locale at scale) held up every filter click.
const orders = new WeakMap<DatasetIndex, Map<string, Fact[]>>()

/**
 * The same as sortFacts for `facts` taken from the dataset in its order (as filterFacts gives them): the
 * dataset's facts in that order, less those not in `facts`. Ties keep dataset order either way.
 */
export function sortFactsWithin(index: DatasetIndex, facts: readonly Fact[], sort: Sort): readonly Fact[] {
  let sorted = orders.get(index)
  if (!sorted) orders.set(index, (sorted = new Map()))
  const key = `${sort.key}|${sort.direction}`
  let all = sorted.get(key)
  if (!all) sorted.set(key, (all = sortFacts(index, index.facts, sort)))
  if (facts === index.facts) return all
  const kept = new Set(facts)
  return all.filter((f) => kept.has(f))
}
