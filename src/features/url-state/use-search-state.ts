import { searchParams } from './search-params.ts'
import { useUrlState } from './use-url-state.ts'

/**
 * The view state that lives in the URL. Every change pushes a history entry,
 * so Back and Forward step through what the reader did.
 */
export const useSearchState = () => useUrlState(searchParams)
