import type { Fact } from '../dataset/schema'
import { CHART_LIMITS } from '../charts/select-helpers'

/** Key figures: the facts that are not drawn in a chart. */
export const KEY_FIGURE_METRICS = [
  'headcount',
  'investment',
  'workforce',
  'pay_after_termination',
  'open_positions',
  'layoffs_share',
] as const

/** The first key figures (the strip has room for a few), and how many more the table holds. */
export function selectKeyFigures(facts: readonly Fact[]): { shown: Fact[]; more: number } {
  const all = facts.filter((f) => (KEY_FIGURE_METRICS as readonly string[]).includes(f.metric))
  return { shown: all.slice(0, CHART_LIMITS.keyFigures), more: Math.max(0, all.length - CHART_LIMITS.keyFigures) }
}
