import { useMemo } from 'react'
import { factFilter, filterFacts, resolveFilter } from '../../domain/dataset-index.ts'
import { useDataset } from '../dataset/index.ts'
import { useSearchState } from '../url-state/index.ts'

const split = (key: string) => (key ? key.split(',') : [])

/**
 * The facts the URL's filters leave, shared by every chart, the key figures,
 * the table and the panel, so they can never disagree.
 */
export function useFilteredFacts() {
  const index = useDataset()
  const [{ company, period }] = useSearchState()
  // Keyed by value, not by array identity: selecting a fact re-parses the URL,
  // and new arrays here would redraw every chart (and drop keyboard focus).
  const companyKey = company.join(',')
  const periodKey = period.join(',')
  return useMemo(() => {
    const { filter, unknown } = resolveFilter(index, { companies: split(companyKey), periods: split(periodKey) })
    return { index, filter, unknown, facts: filterFacts(index, filter), passes: factFilter(index, filter) }
  }, [index, companyKey, periodKey])
}
