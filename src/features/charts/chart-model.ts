import type { DatasetIndex, FactFilter } from '../../domain/dataset-index.ts'
import type { Fact } from '../../domain/schema.ts'
import type { ChartModel as ModelOf } from './definition.ts'
import { filterScope } from './filter-scope.ts'
import { CHART_REGISTRY, type ChartId } from './registry.ts'

/** A registered chart's model: what the rest of the app reads (inside this folder, any chart's model). */
export type ChartModel = ModelOf<ChartId>

const NO_FILTER: FactFilter = { companies: [], periods: [] }

/** What a chart shows under the current filters: its data, facts, titles, source line, text alternative and layout. */
export function buildChartModel(
  id: ChartId,
  index: DatasetIndex,
  facts: readonly Fact[],
  filter: FactFilter = NO_FILTER,
): ChartModel {
  return CHART_REGISTRY[id].model(index, facts, filterScope(index, filter))
}
