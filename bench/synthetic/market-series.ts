// The quarterly figures every market fact is drawn from: drifting shares, growing AWS results and market spending.
import { dayOf, ORDINALS } from './dates.ts'
import { clamp, roundTo, tenths } from './numbers.ts'
import type { Random } from './random.ts'
import { SMALL_PROVIDER_NAMES } from './vocabulary.ts'

export interface QuarterFigures {
  key: string
  words: string
  /** When results for the quarter come out: a few weeks after it ends. */
  reportDay: number
  /** Per provider, in PROVIDERS order; tenths of a percent, summing to well under 100. */
  shares: number[]
  revenue: number
  profit: number
  spending: number
  growth: number
}

function quarterShares(rng: Random, progress: number, small: number[]): number[] {
  const big = [33 - 2 * progress, 10 + 14 * progress, 5 + 6 * progress].map((s) => tenths(s + (rng.next() - 0.5) * 0.8))
  for (let i = 0; i < small.length; i++) small[i] = clamp(small[i] + (rng.next() - 0.5) * 0.4, 0.2, 3)
  return [...big, ...small.map(tenths)]
}

// Twelve named shares (at most ~35 + 25 + 12 + 9 × 3) always leave a positive remainder for "others".
export function marketSeries(rng: Random, quarters: number): QuarterFigures[] {
  const small = SMALL_PROVIDER_NAMES.map(() => 0.4 + rng.next() * 2.4)
  const series: QuarterFigures[] = []
  for (let q = 0; q < quarters; q++) {
    const year = 2014 + Math.floor(q / 4)
    const n = (q % 4) + 1
    const progress = Math.min(1, q / 39)
    const revenue = Math.round((1.1 * Math.pow(24.2 / 1.1, progress) + (rng.next() - 0.5) * 0.3) * 10) * 1e8
    const rawProfit = revenue * (0.12 + rng.next() * 0.2)
    const spending = Math.round((12 * Math.pow(74 / 12, progress) + (rng.next() - 0.5)) * 10) * 1e8
    const yearAgo = series[q - 4]?.spending
    series.push({
      key: `${year}-Q${n}`,
      words: rng.chance(0.5) ? `the ${ORDINALS[n - 1]} quarter of ${year}` : `Q${n} ${year}`,
      reportDay:
        dayOf(`${year + Math.floor(n / 4)}-${String(((n * 3) % 12) + 1).padStart(2, '0')}-01`) + rng.int(20, 40),
      shares: quarterShares(rng, progress, small),
      revenue,
      profit: roundTo(rawProfit, rawProfit >= 1e9 ? 1e8 : 1e7),
      spending,
      growth: yearAgo ? Math.max(1, Math.round((spending / yearAgo - 1) * 100)) : rng.int(25, 45),
    })
  }
  return series
}
