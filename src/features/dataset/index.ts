// The dataset feature's public entry: what the rest of the app may import from it.
export {
  ARTICLE_TEXTS_FILE,
  DATASET_FILE,
  EVIDENCE_FILE,
  articleTextsQueryOptions,
  datasetQueryOptions,
  trustBuiltFiles,
} from './api'
export { DatasetGate, LoadErrorNotice } from './components/DatasetGate'
export { DatasetLoadError } from './load-error'
export { useDataset } from './use-dataset'
export { useEvidenceQuery, useReadEvidence } from './use-evidence'
// The validator, and zod with it, loads only for a file the build did not validate (and in the build).
export const loadDatasetValidator = () => import('./validate-dataset')
