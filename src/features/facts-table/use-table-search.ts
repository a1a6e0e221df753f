import { useQuery } from '@tanstack/react-query'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { useReadEvidence } from '../dataset/index.ts'

const loadTableSearch = () => import('./table-search.ts')

/**
 * The table's search, loaded and built on the first search (the page's first view needs neither the code
 * nor the quotes it reads), then kept for the dataset. Quotes that cannot be read leave a search of what
 * the table shows rather than none.
 */
export function useTableSearch(index: DatasetIndex, enabled: boolean) {
  const readEvidence = useReadEvidence()
  // The dataset is named by its content hash, as the evidence query names it: the index itself is too big to hash.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return useQuery({
    queryKey: ['table-search', index.hash ?? null],
    queryFn: async () => {
      const [{ createTableSearch }, evidence] = await Promise.all([loadTableSearch(), readEvidence().catch(() => null)])
      return createTableSearch(index, evidence)
    },
    enabled,
    staleTime: Infinity,
    // Functions over a built index: nothing to compare with an earlier result.
    structuralSharing: false,
  })
}
