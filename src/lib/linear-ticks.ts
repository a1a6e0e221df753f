import { nice, ticks } from 'd3-array'

/** `max` rounded up at its first digit: 27,000 → 30,000, 0.34 → 0.4 (to 12 digits, so no float tail is left). */
function upAtFirstDigit(max: number): number {
  const unit = 10 ** Math.floor(Math.log10(max))
  // To 12 digits first: 0.07 / 0.01 is 7.000000000000001, whose ceiling would double a small maximum's axis.
  const digits = Math.ceil(Number((max / unit).toPrecision(12)))
  const top = Number((digits * unit).toPrecision(12))
  return top >= max ? top : Number(((digits + 1) * unit).toPrecision(12))
}

/**
 * A zero-based axis: a round top at or above `max` and evenly spaced round
 * ticks (1, 2 or 5 × 10ⁿ apart, d3's rule), at most `maxTicks` of them (fewer
 * on a short or narrow axis). d3-array's `nice` and `ticks` are what d3-scale's
 * linear scale calls, at about a tenth of its bytes (docs/decisions).
 */
export function zeroBasedTicks(max: number, maxTicks: number): { top: number; ticks: number[] } {
  const limit = Math.max(2, maxTicks)
  const end = max > 0 ? max : 1
  // With only 0 and the top there is no step between them to keep round, so the top need only be round itself: a
  // short axis ends at 30,000 for 27,000, where d3's widest step would end it at 40,000 or 50,000 and shorten
  // every bar. Where more ticks fit, d3's top is used when it is as close (30 for 24.2 on four ticks), else this one.
  const top = upAtFirstDigit(end)
  const twoTicks = { top, ticks: [0, top] }
  // d3 aims at about `count` ticks, not at most: ask for fewer until they fit.
  for (let count = limit - 1; count > 1; count--) {
    const [, roundTop] = nice(0, end, count)
    const values = ticks(0, roundTop, count)
    if (values.length <= limit) return roundTop <= top ? { top: roundTop, ticks: values } : twoTicks
  }
  return twoTicks
}
