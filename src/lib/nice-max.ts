/** The smallest "round" number (1, 2, 2.5 or 5 × 10ⁿ) at or above `max`, so axis ticks read as round numbers. */
export function niceMax(max: number): number {
  if (max <= 0) return 1
  const magnitude = 10 ** Math.floor(Math.log10(max))
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= max)!
  return step * magnitude
}
