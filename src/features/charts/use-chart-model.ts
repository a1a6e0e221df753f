import { useMemo } from 'react'
import type { DatasetIndex, FactFilter } from '../../domain/dataset-index.ts'
import type { Fact } from '../../domain/schema.ts'
import { buildChartModel, type ChartModel } from './chart-model.ts'
import type { ChartId } from './registry.ts'

// Per dataset: a model for each set of drawn facts seen so far (a few per filter combination).
const cache = new WeakMap<DatasetIndex, Map<string, ChartModel>>()

/**
 * The same model object whenever a chart would draw the same facts under the
 * same titles, so a filter change that leaves a chart as it was does not redraw it.
 */
function stableModel(model: ChartModel, index: DatasetIndex): ChartModel {
  let models = cache.get(index)
  if (!models) cache.set(index, (models = new Map()))
  const key = `${model.id}|${model.subtitle}|${model.facts.map((f) => f.id).join(',')}`
  const known = models.get(key)
  if (known) return known
  models.set(key, model)
  return model
}

/**
 * A chart's model for the facts the filters leave. Each chart builds its own in its own render, so at
 * scale the browser gets a turn between the three (one render is one task: it cannot be split).
 */
export function useChartModel(id: ChartId, index: DatasetIndex, facts: readonly Fact[], filter: FactFilter) {
  return useMemo(() => stableModel(buildChartModel(id, index, facts, filter), index), [id, index, facts, filter])
}
