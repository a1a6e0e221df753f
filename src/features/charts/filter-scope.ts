import { comparePeriodKeys, type PeriodKey } from '../../lib/period.ts'
import { periodKeyLabel } from '../../domain/format-fact.ts'
import type { DatasetIndex, FactFilter } from '../../domain/dataset-index.ts'
import type { FilterScope } from './definition.ts'

/** "A", "A and B", "A, B and C". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** The filters in words (company names, quarters), for chart titles, slides and file names. */
export function filterScope(index: DatasetIndex, filter: FactFilter): FilterScope {
  const companies = filter.companies.map((id) => index.companyById.get(id)?.name ?? id)
  const periods = (filter.periods as PeriodKey[]).toSorted(comparePeriodKeys).map((p) => periodKeyLabel(index, p))
  return {
    filter,
    companies: companies.length ? listWords(companies) : null,
    periods: periods.length ? listWords(periods) : null,
  }
}

/** " · AWS only", " · AWS only, Q2 2024*": what a subtitle adds when filters are on (periods only if asked). */
export function scopeSuffix(scope: FilterScope, { periods }: { periods: boolean }): string {
  const parts = [scope.companies ? `${scope.companies} only` : null, periods ? scope.periods : null].filter(Boolean)
  return parts.length ? ` · ${parts.join(', ')}` : ''
}
