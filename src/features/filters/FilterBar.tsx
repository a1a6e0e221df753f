import { useMemo, type ReactNode } from 'react'
import { companyColor } from '../../config/companies.ts'
import { periodKeyLabel } from '../../domain/format-fact.ts'
import type { DatasetIndex, FactFilter } from '../../domain/dataset-index.ts'
import { useSearchState } from '../url-state/index.ts'
import { chipCounts } from './chip-counts.ts'
import { EMPTIES_ID, ToggleChip } from './ToggleChip.tsx'

const toggle = (list: readonly string[], item: string) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item]

function FilterGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1.5 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {legend}
      </legend>
      <div className="flex flex-wrap gap-1.5">{children}</div>
    </fieldset>
  )
}

/**
 * Company and period filters; both live in the URL. No choice in a group means "all". Each chip
 * counts the facts it stands for with the other group's choices as they are.
 */
export function FilterBar({ index, filter }: { index: DatasetIndex; filter: FactFilter }) {
  const [, setState] = useSearchState()
  const counts = useMemo(() => chipCounts(index, filter), [index, filter])
  const active = filter.companies.length + filter.periods.length > 0
  return (
    <div className="flex flex-wrap items-start gap-x-8 gap-y-3">
      <FilterGroup legend="Company">
        {index.companies.map((c) => (
          <ToggleChip
            key={c.id}
            pressed={filter.companies.includes(c.id)}
            swatch={companyColor(c.id)}
            count={counts.companies.get(c.id)}
            onToggle={() => setState({ company: toggle(filter.companies, c.id) })}
            label={c.name}
          />
        ))}
      </FilterGroup>
      <FilterGroup legend="Period">
        {index.periods.map((p) => (
          <ToggleChip
            key={p}
            pressed={filter.periods.includes(p)}
            count={counts.periods.get(p)}
            onToggle={() => setState({ period: toggle(filter.periods, p) })}
            label={periodKeyLabel(index, p)}
          />
        ))}
      </FilterGroup>
      <p id={EMPTIES_ID} hidden>
        No facts with the other filters as they are
      </p>
      {active && (
        <button
          type="button"
          onClick={() => setState({ company: [], period: [] })}
          className="self-end rounded-md px-2 py-1 text-sm font-medium text-slate-700 underline underline-offset-2 hover:text-slate-950 dark:text-slate-300 dark:hover:text-white"
        >
          Clear filters
        </button>
      )}
    </div>
  )
}
