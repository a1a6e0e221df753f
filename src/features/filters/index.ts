// The filters feature's public entry: what the rest of the app may import from it.
export { EmptyFilterGuidance } from './EmptyFilterGuidance.tsx'
export { FilterBar } from './FilterBar.tsx'
export { useFilteredFacts } from './use-filtered-facts.ts'
