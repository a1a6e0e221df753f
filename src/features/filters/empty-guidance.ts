import type { PeriodKey } from '../../lib/period.ts'
import { factFilter, type DatasetIndex, type FactFilter } from '../../domain/dataset-index.ts'
import { periodKeyLabel } from '../../domain/format-fact.ts'
import { chipCounts } from './chip-counts.ts'

// Only the notice for filters that leave nothing reads this: a module of its own, it loads with that notice.

/** One click out of an empty view, with the number of facts it brings back. */
export interface WayBack {
  label: string
  filter: FactFilter
  count: number
}

export interface EmptyGuidance {
  /** What emptied the view, in words: "No facts for Microsoft Azure in Q1 2024." */
  reason: string
  ways: WayBack[]
}

const list = new Intl.ListFormat('en', { type: 'disjunction' })

/**
 * Why the filters leave nothing and the ways back: clear the company, clear the period, or move to
 * the period nearest the chosen one that has facts for the chosen companies. Null when facts remain.
 */
export function emptyGuidance(
  index: DatasetIndex,
  filter: FactFilter,
  periodName: (p: PeriodKey) => string = (p) => periodKeyLabel(index, p),
): EmptyGuidance | null {
  const count = (f: FactFilter) => index.facts.filter(factFilter(index, f)).length
  if (count(filter) > 0) return null
  const names = filter.companies.map((id) => index.companyById.get(id)?.name ?? id)
  const periods = filter.periods as PeriodKey[]
  const reason = `No facts for ${names.length ? list.format(names) : 'any company'}${periods.length ? ` in ${list.format(periods.map(periodName))}` : ''}.`
  const ways: WayBack[] = []
  if (filter.companies.length) {
    const f = { companies: [], periods: filter.periods }
    ways.push({
      label: `Clear company: all companies${periods.length ? ` in ${list.format(periods.map(periodName))}` : ''}`,
      filter: f,
      count: count(f),
    })
  }
  if (filter.periods.length) {
    const f = { companies: filter.companies, periods: [] }
    ways.push({
      label: `Clear period: every period${names.length ? ` for ${list.format(names)}` : ''}`,
      filter: f,
      count: count(f),
    })
    const { periods: counts } = chipCounts(index, { companies: filter.companies, periods: [] })
    const position = (p: PeriodKey) => index.periods.indexOf(p)
    const distance = (p: PeriodKey) => Math.min(...periods.map((q) => Math.abs(position(p) - position(q))))
    const nearest = index.periods
      .filter((p) => (counts.get(p) ?? 0) > 0)
      .sort((a, b) => distance(a) - distance(b) || position(b) - position(a))[0]
    if (nearest) {
      ways.push({
        label: `Nearest period with facts${names.length ? ` for ${list.format(names)}` : ''}: ${periodName(nearest)}`,
        filter: { companies: filter.companies, periods: [nearest] },
        count: counts.get(nearest)!,
      })
    }
  }
  return { reason, ways: ways.filter((w) => w.count > 0) }
}
