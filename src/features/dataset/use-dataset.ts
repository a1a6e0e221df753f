import { useQuery } from '@tanstack/react-query'
import { datasetQueryOptions } from './api.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'

/** The dataset's query state, for the gate that shows loading and errors. */
export const useDatasetQuery = () => useQuery(datasetQueryOptions())

/** The loaded, indexed dataset. Only for components rendered inside <DatasetGate>. */
export function useDataset(): DatasetIndex {
  const { data } = useDatasetQuery()
  if (!data) throw new Error('useDataset() was called outside <DatasetGate>')
  return data
}
