import { nice, ticks } from 'd3-array'

/**
 * A zero-based axis: a round top at or above `max` and evenly spaced round
 * ticks (1, 2 or 5 × 10ⁿ apart, d3's rule), at most `maxTicks` of them (fewer
 * on a short or narrow axis). d3-array's `nice` and `ticks` are what d3-scale's
 * linear scale calls, at about a tenth of its bytes (docs/decisions).
 */
export function zeroBasedTicks(max: number, maxTicks: number): { top: number; ticks: number[] } {
  const limit = Math.max(2, maxTicks)
  const end = max > 0 ? max : 1
  // d3 aims at about `count` ticks, not at most: ask for fewer until they fit.
  for (let count = limit - 1; count > 1; count--) {
    const [, top] = nice(0, end, count)
    const values = ticks(0, top, count)
    if (values.length <= limit) return { top, ticks: values }
  }
  const [, top] = nice(0, end, 1)
  return { top, ticks: [0, top] }
}
