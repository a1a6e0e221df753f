// The filters feature's public entry: what the rest of the app may import from it.
export { EmptyFilterGuidance } from './EmptyFilterGuidance'
export { FilterBar } from './FilterBar'
export { useFilteredFacts } from './use-filtered-facts'
