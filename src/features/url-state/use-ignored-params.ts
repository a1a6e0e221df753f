import { useMemo, useSyncExternalStore } from 'react'
import { ignoredParams, type IgnoredParam } from './search-params'

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  return () => window.removeEventListener('popstate', onChange)
}
const currentSearch = () => window.location.search

/**
 * Parameters of the current URL that were dropped: malformed ones, and valid
 * ones the dataset does not know (`unknown`, from resolveFilter).
 */
export function useIgnoredParams(unknown: { key: string; value: string }[]): IgnoredParam[] {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '')
  return useMemo(
    () => [
      ...ignoredParams(new URLSearchParams(search)),
      ...unknown.map((u) => ({ ...u, reason: 'not in this dataset' })),
    ],
    [search, unknown],
  )
}
