import { niceMax } from './nice-max'

/**
 * A zero-based axis: a round top at or above `max` and evenly spaced round
 * ticks, at most `maxTicks` of them (fewer on a short or narrow axis).
 */
export function zeroBasedTicks(max: number, maxTicks: number): { top: number; ticks: number[] } {
  const top = niceMax(max)
  const steps = [4, 5, 2, 1].find((n) => n + 1 <= Math.max(2, maxTicks) && isRound(top / n)) ?? 1
  return { top, ticks: Array.from({ length: steps + 1 }, (_, i) => (top * i) / steps) }
}

// 2.5 × 10ⁿ splits into quarters of 0.625: not round. Round means at most one significant decimal digit.
function isRound(step: number): boolean {
  const magnitude = 10 ** Math.floor(Math.log10(step))
  return Math.abs(step / magnitude - Math.round((step / magnitude) * 2) / 2) < 1e-9
}
