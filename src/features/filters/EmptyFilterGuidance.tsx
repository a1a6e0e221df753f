import { useMemo } from 'react'
import type { DatasetIndex, FactFilter } from '../../domain/dataset-index.ts'
import { useSearchState } from '../url-state/index.ts'
import { emptyGuidance } from './empty-guidance.ts'

/** When the filters leave no fact at all: which filter did it, and one click back for each way out. */
export default function EmptyFilterGuidance({ index, filter }: { index: DatasetIndex; filter: FactFilter }) {
  const [, setState] = useSearchState()
  const guidance = useMemo(() => emptyGuidance(index, filter), [index, filter])
  if (!guidance) return null
  return (
    <section
      aria-labelledby="empty-filters-heading"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-slate-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-slate-100"
    >
      <h2 id="empty-filters-heading" className="text-base font-semibold">
        Nothing matches these filters
      </h2>
      <p className="mt-1">{guidance.reason}</p>
      {guidance.ways.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2">
          {guidance.ways.map((w) => (
            <li key={w.label}>
              <button
                type="button"
                onClick={(e) => {
                  // This notice goes with the filters it explains: the focus moves to the charts that come back.
                  e.currentTarget.closest('main')?.focus()
                  void setState({ company: [...w.filter.companies], period: [...w.filter.periods] })
                }}
                className="rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:hover:bg-slate-800"
              >
                {w.label} ({w.count} {w.count === 1 ? 'fact' : 'facts'})
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
