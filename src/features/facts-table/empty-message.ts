export interface EmptyTableCounts {
  /** The search text as typed. */
  query: string
  /** Facts the filters leave, before the search. */
  underFilters: number
  /** Whether the filters leave out any fact at all. */
  filtersExclude: boolean
  /** Facts the search matches when the filters are ignored. */
  matchingWithoutFilters: number
}

/**
 * Why the table has no rows, naming what excluded them: the filters, the
 * search, or the search within the filters (and how many it finds without them).
 */
export function emptyMessage({ query, underFilters, filtersExclude, matchingWithoutFilters }: EmptyTableCounts) {
  const q = query.trim()
  if (underFilters === 0) return 'No facts match the current filters.'
  if (!filtersExclude) return `No facts match “${q}”.`
  if (matchingWithoutFilters === 0) return `No facts match “${q}”, with or without the filters.`
  const n = matchingWithoutFilters.toLocaleString('en-US')
  return `No facts match “${q}” under the current filters; ${n} ${matchingWithoutFilters === 1 ? 'does' : 'do'} without them.`
}
