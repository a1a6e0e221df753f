import { memo, useDeferredValue, useId, useMemo, useState } from 'react'

import type { SortKey } from '../../config/facts-table'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { Fact } from '../dataset/schema'
import { sortFromParam, sortToParam } from '../url-state/search-params'
import { useTableState } from '../url-state/use-table-state'
import { emptyMessage } from './empty-message'
import { searchFacts } from './search-facts'
import { sortFacts } from './sort-facts'
import { FactsTableFooter } from './FactsTableFooter'
import { VALUE_KIND_LABELS, formatPeriod, formatValue } from '../dataset/format-fact'

const PAGE = 50

const COLUMNS = [
  { key: 'label', label: 'Fact' },
  { key: 'value', label: 'Value' },
  { key: 'period', label: 'Period' },
  { key: 'company', label: 'Company' },
  { key: 'articles', label: 'Articles' },
] as const satisfies { key: SortKey; label: string }[]

export interface FactsTableProps {
  index: DatasetIndex
  facts: Fact[]
  selectedId: string | null
  onSelect: (factId: string) => void
}

/** Every fact the filters leave: searchable, sortable by any column; a row's button opens its evidence. */
export const FactsTable = memo(function FactsTable({ index, facts, selectedId, onSelect }: FactsTableProps) {
  const searchId = useId()
  const [{ q: query, sort: sortParam }, setTable] = useTableState()
  const sort = sortFromParam(sortParam)
  const [shown, setShown] = useState(PAGE)
  const deferredQuery = useDeferredValue(query)
  const rows = useMemo(
    () => sortFacts(index, searchFacts(index, facts, deferredQuery), sort),
    [index, facts, deferredQuery, sort],
  )
  const total = index.articleById.size

  const sortBy = (key: SortKey) =>
    setTable({
      sort: sortToParam({
        key,
        direction: sort.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending',
      }),
    })
  // One history entry per search, not per keystroke: the first letter pushes, the rest replace it.
  const search = (text: string) => {
    void setTable({ q: text }, { history: query === '' ? 'push' : 'replace' })
    setShown(PAGE)
  }

  return (
    // Off-screen until scrolled to: content-visibility lets a filter change skip laying it out.
    <section
      aria-labelledby="facts-heading"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm [contain-intrinsic-size:auto_40rem] [content-visibility:auto] dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
        <h2 id="facts-heading" className="text-base font-semibold text-slate-900 dark:text-slate-50">
          All facts <span className="font-normal text-slate-600 dark:text-slate-400">({rows.length})</span>
        </h2>
        <div className="flex flex-col">
          <label htmlFor={searchId} className="text-xs font-medium text-slate-600 dark:text-slate-300">
            Search facts
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => search(e.target.value)}
            aria-describedby={`${searchId}-hint`}
            placeholder="e.g. layoffs, Q4 2023, April"
            className="w-64 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-950"
          />
          <p id={`${searchId}-hint`} className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
            Searches all columns, sources and articles
          </p>
        </div>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-xs text-slate-600 uppercase dark:border-slate-700 dark:text-slate-300">
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.key === c.key ? sort.direction : 'none'}
                  className="py-2 pr-3 font-semibold"
                >
                  <button
                    type="button"
                    onClick={() => sortBy(c.key)}
                    className="inline-flex items-center gap-1 uppercase hover:text-slate-900 dark:hover:text-white"
                  >
                    {c.label}
                    <span aria-hidden="true">
                      {sort.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((f) => (
              <tr
                key={f.id}
                onClick={() => onSelect(f.id)}
                className="cursor-pointer border-b border-slate-100 last:border-0 hover:bg-slate-50 data-[selected=true]:bg-amber-50 dark:border-slate-800 dark:hover:bg-slate-800 dark:data-[selected=true]:bg-amber-900/40"
                data-selected={f.id === selectedId}
              >
                <th scope="row" className="py-2 pr-3 font-normal">
                  <button
                    type="button"
                    aria-pressed={f.id === selectedId}
                    onClick={(e) => {
                      e.stopPropagation()
                      onSelect(f.id)
                    }}
                    className="text-left font-medium text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900 dark:text-slate-50"
                  >
                    {f.label}
                  </button>
                </th>
                <td className="py-2 pr-3 tabular-nums">
                  {formatValue(f.value)}
                  {f.value.kind !== 'stated' && (
                    <span className="ml-1.5 rounded bg-slate-100 px-1 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200">
                      {VALUE_KIND_LABELS[f.value.kind].toLowerCase()}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-3">{formatPeriod(f.period)}</td>
                <td className="py-2 pr-3">{index.companyById.get(f.company)?.name ?? f.company}</td>
                <td className="py-2 pr-3 tabular-nums">
                  {f.value.kind === 'derived' ? 'derived' : `${index.articleCountOf.get(f.id)} of ${total}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && (
        <p role="status" className="py-4 text-sm text-slate-600 dark:text-slate-300">
          {emptyMessage({
            query: deferredQuery,
            underFilters: facts.length,
            filtersExclude: facts.length < index.facts.length,
            matchingWithoutFilters: searchFacts(index, index.facts, deferredQuery).length,
          })}
        </p>
      )}
      {rows.length > shown && (
        <button
          type="button"
          onClick={() => setShown((n) => n + PAGE)}
          className="mt-3 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Show {Math.min(PAGE, rows.length - shown)} more of {rows.length - shown}
        </button>
      )}
      <FactsTableFooter index={index} facts={facts} />
    </section>
  )
})
