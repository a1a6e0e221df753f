// The url-state feature's public entry: what the rest of the app may import from it.
export { appUrl, useAppUrl, useCanShare } from './app-url'
export { IgnoredParamsNotice } from './IgnoredParamsNotice'
export { parseSearch, serializeSearch, sortFromParam, sortToParam, type SearchState, type Theme } from './search-params'
export { dropIgnoredParams, useIgnoredParams } from './use-ignored-params'
export { useSearchState } from './use-search-state'
export { useTableState } from './use-table-state'
