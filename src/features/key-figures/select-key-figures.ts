import type { Fact } from '../../domain/schema.ts'

/** Key figures: the facts that are not drawn in a chart. */
export const KEY_FIGURE_METRICS = [
  'headcount',
  'investment',
  'workforce',
  'pay_after_termination',
  'open_positions',
  'layoffs_share',
] as const

/** How many key figures the strip shows; the facts table holds the rest. */
export const MAX_KEY_FIGURES = 8

/** The first key figures (the strip has room for a few), and how many more the table holds. */
export function selectKeyFigures(facts: readonly Fact[]): { shown: Fact[]; more: number } {
  const all = facts.filter((f) => (KEY_FIGURE_METRICS as readonly string[]).includes(f.metric))
  return { shown: all.slice(0, MAX_KEY_FIGURES), more: Math.max(0, all.length - MAX_KEY_FIGURES) }
}
