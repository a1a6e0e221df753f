/** The facts table's sortable columns: also the vocabulary of the URL's `sort` parameter. */
export const SORT_KEYS = ['label', 'value', 'period', 'company', 'articles'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortDirection = 'ascending' | 'descending'
export interface Sort {
  key: SortKey
  direction: SortDirection
}

/** The order the table opens in, and keeps when no column is chosen and nothing is searched: oldest first. */
export const DEFAULT_SORT: Sort = { key: 'period', direction: 'ascending' }
