import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { amountOf } from '../../domain/format-fact.ts'
import type { Fact, FactValue } from '../../domain/schema.ts'

/** One mark of a chart: the fact it draws and what the chart needs to place it. */
export interface ChartPoint {
  factId: string
  companyId: string
  name: string
  /** Bar length; null when the articles give no figure. */
  amount: number | null
  kind: FactValue['kind']
}

export const byMetric = (facts: readonly Fact[], metric: Fact['metric']) => facts.filter((f) => f.metric === metric)

export const chartPoint = (index: DatasetIndex, fact: Fact): ChartPoint => ({
  factId: fact.id,
  companyId: fact.company,
  name: index.companyById.get(fact.company)?.name ?? fact.company,
  amount: amountOf(fact.value),
  kind: fact.value.kind,
})

export const present = <T>(items: (T | null | undefined)[]) => items.filter((x): x is T => x != null)

/** A value computed once per loaded dataset (a chart's fixed scale), whatever the filters. */
export function perIndex<T>(compute: (index: DatasetIndex) => T): (index: DatasetIndex) => T {
  const cache = new WeakMap<DatasetIndex, T>()
  return (index) => {
    if (!cache.has(index)) cache.set(index, compute(index))
    return cache.get(index)!
  }
}
