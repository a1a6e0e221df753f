// Figures are rounded the way articles print them (profits to $100m, head counts to the thousand, shares to tenths).
export const roundTo = (n: number, step: number) => Math.round(n / step) * step
export const tenths = (n: number) => Math.round(n * 10) / 10
export const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n))
