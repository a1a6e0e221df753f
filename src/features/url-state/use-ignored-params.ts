import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { ignoredParams, withoutIgnored, type IgnoredParam } from './search-params.ts'

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  return () => window.removeEventListener('popstate', onChange)
}
const currentSearch = () => window.location.search

type Unknown = { key: string; value: string }

// The values the dashboard found missing from the dataset, for dropIgnoredParams below. A module
// variable rather than context: the URL adapter that calls it sits above every view.
let datasetUnknown: readonly Unknown[] = []

/**
 * For the URL adapter (`processUrlSearchParams`): every URL update writes the
 * query without the parameters the page ignored, so the reader's next change
 * also cleans the link they will share.
 */
export const dropIgnoredParams = (search: URLSearchParams) => withoutIgnored(search, datasetUnknown)

/**
 * Parameters of the current URL that were dropped: malformed ones, and valid
 * ones the dataset does not know (`unknown`, from resolveFilter).
 */
export function useIgnoredParams(unknown: Unknown[]): IgnoredParam[] {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '')
  useEffect(() => {
    datasetUnknown = unknown
    return () => {
      datasetUnknown = []
    }
  }, [unknown])
  return useMemo(
    () => [
      ...ignoredParams(new URLSearchParams(search)),
      ...unknown.map((u) => ({ ...u, reason: 'not in this dataset' })),
    ],
    [search, unknown],
  )
}
