import { useMemo } from 'react'
import { filterFacts, resolveFilter } from '../dataset/dataset-index'
import { useDataset } from '../dataset/use-dataset'
import { useSearchState } from '../url-state/use-search-state'

/**
 * The facts the URL's filters leave, shared by every chart, the key figures,
 * the table and the panel, so they can never disagree.
 */
export function useFilteredFacts() {
  const index = useDataset()
  const [{ company, period }] = useSearchState()
  return useMemo(() => {
    const { filter, unknown } = resolveFilter(index, { companies: company, periods: period })
    return { index, filter, unknown, facts: filterFacts(index, filter) }
  }, [index, company, period])
}
