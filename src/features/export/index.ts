// The export feature's public entry: what the rest of the app may import from it.
export { EXPORT_KINDS, type ExportKind } from './export-kinds.ts'
// Every export is a chunk of its own, loaded on the click that asks for it.
export const loadRunExport = () => import('./run-export.ts')
export const loadChartImage = () => import('./chart-image.tsx')
