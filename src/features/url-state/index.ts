// The url-state feature's public entry: what the rest of the app may import from it.
export { appUrl, useAppUrl, useCanShare } from './app-url.ts'
export { IgnoredParamsNotice } from './LazyIgnoredParamsNotice.tsx'
export {
  parseSearch,
  serializeSearch,
  sortFromParam,
  sortToParam,
  type SearchState,
  type SortParam,
  type Theme,
} from './search-params.ts'
export { ServerSearchProvider } from './server-search.tsx'
export { useIgnoredParams } from './use-ignored-params.ts'
export { useSearchState } from './use-search-state.ts'
export { useTableState } from './use-table-state.ts'
