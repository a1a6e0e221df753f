// The filters feature's public entry: what the rest of the app may import from it.
// Shown only when the filters leave nothing: its code loads then, not before the first chart.
export const loadEmptyFilterGuidance = () => import('./EmptyFilterGuidance.tsx')
export { FilterBar } from './FilterBar.tsx'
export { useFilteredFacts } from './use-filtered-facts.ts'
