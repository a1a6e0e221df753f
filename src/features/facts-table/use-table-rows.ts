import { useMemo } from 'react'
import { DEFAULT_SORT, type Sort } from '../../config/facts-table.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { Fact } from '../../domain/schema.ts'
import { sortFromParam, type SortParam } from '../url-state/index.ts'
import { sortFactsWithin } from './sort-facts.ts'
import { useTableSearch } from './use-table-search.ts'

export interface TableRows {
  rows: readonly Fact[]
  /** The order the rows are in; null while a search ranks them best match first. */
  sort: Sort | null
  /** What the search did, in a sentence or two ("Matched “fired” as “job cuts”. Best matches first."); '' for nothing to say. */
  status: string
  /** How many facts the search finds when the filters are ignored (asked only when no row is left). */
  matchingWithoutFilters: () => number
}

/**
 * The rows the table shows: the filtered facts in the chosen column's order; while searching, those that
 * match, best match first unless the reader chose a column (ties, and a chosen column, keep their order).
 */
export function useTableRows(
  index: DatasetIndex,
  facts: Fact[],
  query: string,
  sortParam: SortParam | null,
): TableRows {
  const searching = query.trim() !== ''
  const search = useTableSearch(index, searching)
  const ready = searching ? search.data : undefined
  const ordered = useMemo(
    () => sortFactsWithin(index, facts, sortParam ? sortFromParam(sortParam) : DEFAULT_SORT),
    [index, facts, sortParam],
  )
  const rank = sortParam === null
  const rows = useMemo(() => (ready ? ready.find(ordered, query, rank) : ordered), [ready, ordered, query, rank])
  const status = useMemo(() => {
    if (!searching) return ''
    if (search.isError) return `The search could not load (${search.error.message}): every fact is shown.`
    if (!ready) return 'Searching…'
    return [
      rows.length ? ready.explain(rows, query) : '',
      rank && rows.length > 1 ? 'Best matches first.' : '',
      ready.withQuotes ? '' : 'The quotes could not be read, so only what the table shows was searched.',
    ]
      .filter(Boolean)
      .join(' ')
  }, [searching, search.isError, search.error, ready, rows, query, rank])
  return {
    rows,
    sort: ready && rank ? null : sortParam ? sortFromParam(sortParam) : DEFAULT_SORT,
    status,
    matchingWithoutFilters: () => (ready ? ready.find(index.facts, query, false).length : 0),
  }
}
