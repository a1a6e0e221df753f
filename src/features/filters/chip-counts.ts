import type { PeriodKey } from '../../lib/period.ts'
import { factFilter, type DatasetIndex, type FactFilter } from '../../domain/dataset-index.ts'

export interface ChipCounts {
  /** Facts of each company within the periods chosen now (all periods when none is). */
  companies: ReadonlyMap<string, number>
  /** Facts of each period for the companies chosen now (all companies when none is). */
  periods: ReadonlyMap<PeriodKey, number>
}

/**
 * How many facts each filter chip stands for with the other group's choices as they are (GOV.UK's
 * filter pattern): "AWS 12" under Q4 2023, "Q1 2024 0" under Microsoft Azure. One pass over the facts.
 */
export function chipCounts(index: DatasetIndex, filter: FactFilter): ChipCounts {
  const inPeriods = factFilter(index, { companies: [], periods: filter.periods })
  const ofCompanies = factFilter(index, { companies: filter.companies, periods: [] })
  const companies = new Map(index.companies.map((c) => [c.id, 0]))
  const periods = new Map(index.periods.map((p) => [p, 0]))
  for (const f of index.facts) {
    if (inPeriods(f)) companies.set(f.company, (companies.get(f.company) ?? 0) + 1)
    if (ofCompanies(f)) {
      const p = index.periodOf.get(f.id)!
      periods.set(p, (periods.get(p) ?? 0) + 1)
    }
  }
  return { companies, periods }
}
