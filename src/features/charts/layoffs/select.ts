import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import type { Fact } from '../../../domain/schema.ts'
import { byTime } from '../../../domain/time-order.ts'
import { byMetric, chartPoint, type ChartPoint } from '../select-helpers.ts'

/** The most waves and totals the chart draws (the latest): past that, bars are too thin to read or to click. */
export const LAYOFF_LIMITS = { waves: 16, totals: 3 } as const

export interface LayoffPoint extends ChartPoint {
  label: string
  fact: Fact
  /** For vague counts: the literal reading of the sources' words, drawn as a band. */
  range: [number, number] | null
}

export interface LayoffData {
  /** The most recent waves, oldest first. */
  waves: LayoffPoint[]
  totals: Fact[]
  /** A total and a wave the articles give apart, never saying whether the wave is part of the total. */
  overlaps: { total: Fact; wave: Fact }[]
  /** Waves the filters leave but the chart has no room for. */
  omitted: number
}

/** A count that covers several waves (the 27,000 in two waves) is context, not a wave of its own. */
const isLayoffTotal = (f: Fact) => (f.layoff?.waves ?? 1) > 1

/**
 * Layoff waves in time order, with multi-wave totals returned apart as `totals` (drawn first, as the
 * articles date them only "in prior years"). Only the most recent waves are drawn; `omitted` says how
 * many are left out.
 */
export function selectLayoffs(index: DatasetIndex, facts: readonly Fact[]): LayoffData {
  const layoffs = byMetric(facts, 'layoffs')
  const inTime = byTime(index, layoffs)
  const waves = layoffs
    .filter((f) => !isLayoffTotal(f))
    .map((f) => ({
      ...chartPoint(index, f),
      label: f.label,
      fact: f,
      range:
        f.value.kind === 'vague' && f.value.range ? ([f.value.range.min, f.value.range.max] as [number, number]) : null,
    }))
    .sort((a, b) => inTime(a.fact, b.fact))
  const totals = layoffs.filter(isLayoffTotal).sort(inTime).slice(-LAYOFF_LIMITS.totals)
  const overlaps = totals.flatMap((total) =>
    (total.layoff?.mayInclude ?? []).flatMap((id) => {
      const wave = index.factById.get(id)
      return wave ? [{ total, wave }] : []
    }),
  )
  return {
    waves: waves.slice(-LAYOFF_LIMITS.waves),
    totals,
    overlaps,
    omitted: Math.max(0, waves.length - LAYOFF_LIMITS.waves),
  }
}
