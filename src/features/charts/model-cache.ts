import { filterFacts, type DatasetIndex, type FactFilter } from '../../domain/dataset-index.ts'
import { buildChartModel, type ChartModel } from './chart-model.ts'
import type { ChartId } from './registry.ts'

// Per dataset, the models of the filters seen last: a few dozen models with their recent layouts, not one per
// filter a long session has passed through.
const MODELS_KEPT = 24
const cache = new WeakMap<DatasetIndex, Map<string, ChartModel>>()

/**
 * A chart's model under a filter, built once per dataset, chart and filter, so a filter the reader comes back
 * to draws its charts as they were, without building or laying them out again. The key is all the model is
 * made from: the chart, the dataset, and the filter, which gives both the facts (filterFacts) and the words a
 * subtitle and an export's file name are made of (companies in the order chosen, so they read as chosen).
 */
export function chartModelFor(id: ChartId, index: DatasetIndex, filter: FactFilter): ChartModel {
  let models = cache.get(index)
  if (!models) cache.set(index, (models = new Map()))
  const key = `${id}|${filter.companies.join(',')}|${filter.periods.join(',')}`
  const model = models.get(key) ?? buildChartModel(id, index, filterFacts(index, filter), filter)
  // Maps keep insertion order: set anew, the model is the most recent, and the first key the oldest.
  models.delete(key)
  models.set(key, model)
  if (models.size > MODELS_KEPT) models.delete(models.keys().next().value!)
  return model
}
