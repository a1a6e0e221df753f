import { searchParams } from './search-params.ts'
import { useUrlState } from './use-url-state.ts'

const tableParams = { q: searchParams.q, sort: searchParams.sort }

/**
 * The facts table's search text and order, from the URL, so a shared link
 * keeps them. Only these two keys: other URL changes leave the table alone.
 */
export const useTableState = () => useUrlState(tableParams)
