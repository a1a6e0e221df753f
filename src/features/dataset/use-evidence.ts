import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { evidenceQueryOptions } from './api.ts'
import { useDataset } from './use-dataset.ts'

/** The quotes behind the loaded dataset's facts, read on first use. Only inside <DatasetGate>. */
export const useEvidenceQuery = () => useQuery(evidenceQueryOptions(useDataset()))

/** Reads the quotes when an action needs them (an export): at once when they are already read. */
export function useReadEvidence() {
  const queryClient = useQueryClient()
  const index = useDataset()
  return useCallback(() => queryClient.fetchQuery(evidenceQueryOptions(index)), [queryClient, index])
}
