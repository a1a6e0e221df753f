import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { currentSearch, subscribeSearch } from '../../lib/url-search-store.ts'
import { ignoredParams, withoutIgnored, type IgnoredParam } from './search-params.ts'

const currentQuery = () => currentSearch().toString()

type Unknown = { key: string; value: string }

// The values the dashboard found missing from the dataset, for dropIgnoredParams below. A module
// variable rather than context: every view's URL updates call it.
let datasetUnknown: readonly Unknown[] = []

/**
 * Every URL update writes the query without the parameters the page ignored,
 * so the reader's next change also cleans the link they will share.
 */
export const dropIgnoredParams = (search: URLSearchParams) => withoutIgnored(search, datasetUnknown)

/**
 * Parameters of the current URL that were dropped: malformed ones, and valid
 * ones the dataset does not know (`unknown`, from resolveFilter).
 */
export function useIgnoredParams(unknown: Unknown[]): IgnoredParam[] {
  const search = useSyncExternalStore(subscribeSearch, currentQuery, () => '')
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
