import { useQueryStates } from 'nuqs'
import { searchParams } from './search-params.ts'

/**
 * The view state that lives in the URL. Every change pushes a history entry,
 * so Back and Forward step through what the reader did.
 */
export function useSearchState() {
  return useQueryStates(searchParams, { history: 'push' })
}
