import type { DatasetIndex, FactFilter } from '../dataset/dataset-index'
import type { Fact } from '../dataset/schema'
import type { ChartModel } from './definition'
import { filterScope } from './filter-scope'
import { CHART_REGISTRY, type ChartId } from './registry'

export const NO_FILTER: FactFilter = { companies: [], periods: [] }

/** What a chart shows under the current filters: its data, facts, titles, source line, text alternative and layout. */
export function buildChartModel(
  id: ChartId,
  index: DatasetIndex,
  facts: readonly Fact[],
  filter: FactFilter = NO_FILTER,
): ChartModel {
  return CHART_REGISTRY[id].model(id, index, facts, filterScope(index, filter))
}
