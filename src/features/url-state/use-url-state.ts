import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react'
import { readUrlParams, toUrlValues, type UrlParams, type UrlUpdate } from '../../lib/url-params.ts'
import { currentSearch, subscribeSearch, updateSearch, type HistoryMode } from '../../lib/url-search-store.ts'
import { ServerSearch } from './server-search.tsx'
import { dropIgnoredParams } from './use-ignored-params.ts'

/**
 * The values of `params` in the URL, and their setter: a partial state (null,
 * or a parameter's default, leaves it out of the URL), pushing a history entry
 * unless told `history: 'replace'`; it resolves with the query written. A
 * change to other parameters does not render the caller again.
 */
export function useUrlState<P extends UrlParams>(params: P) {
  // Only this hook's parameters, in a canonical form: equal strings for the same values, whatever the encoding.
  const own = (search: URLSearchParams) =>
    new URLSearchParams([...search].filter(([key]) => Object.hasOwn(params, key))).toString()
  const serverSearch = useContext(ServerSearch)
  const query = useSyncExternalStore(
    subscribeSearch,
    () => own(currentSearch()),
    () => own(new URLSearchParams(serverSearch)),
  )
  const state = useMemo(() => readUrlParams(params, new URLSearchParams(query)), [params, query])
  const setState = useCallback(
    (values: UrlUpdate<P>, { history = 'push' }: { history?: HistoryMode } = {}) =>
      updateSearch(toUrlValues(params, values), { history, clean: dropIgnoredParams }),
    [params],
  )
  return [state, setState] as const
}
