// The dataset feature's public entry: what the rest of the app may import from it.
export {
  ARTICLE_TEXTS_FILE,
  DATASET_FILE,
  EVIDENCE_FILE,
  articleTextsQueryOptions,
  datasetQueryOptions,
  trustBuiltFiles,
} from './api.ts'
export { DatasetGate, LoadErrorNotice } from './components/DatasetGate.tsx'
export { DatasetLoadError } from './load-error.ts'
export { useDataset } from './use-dataset.ts'
export { useEvidenceQuery, useReadEvidence } from './use-evidence.ts'
// The validator, and zod with it, loads only for a file the build did not validate (and in the build).
export const loadDatasetValidator = () => import('./validate-dataset.ts')
