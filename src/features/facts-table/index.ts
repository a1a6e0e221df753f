// The facts-table feature's public entry: what the rest of the app may import from it.
export { FactsTable } from './FactsTable.tsx'
export { StaticFactsTable } from './StaticFactsTable.tsx'
export { FilteredCount } from './FilteredCount.tsx'
