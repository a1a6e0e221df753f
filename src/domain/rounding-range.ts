import type { Unit } from '../config/units.ts'
import { formatAmount } from '../lib/format.ts'
import type { DatasetIndex } from './dataset-index.ts'
import { formulaCorners } from './evaluate-formula.ts'
import { formulaInputs } from './formula.ts'
import { formulaText } from './formula-text.ts'
import type { Fact } from './schema.ts'

/** The scales the app prints dollar amounts in ($24.2B), as the articles do ("$24.2 billion"). */
const DOLLAR_SCALES = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
] as const

/**
 * The step a stated figure is printed to, as a number and as words in the figure's own scale: $7.2B to $0.1B,
 * $24.25B to $0.01B, 31% to 1%, 27,000 to 1. Read from the amount in the scale it is printed in; a whole number
 * is taken as printed, never as rounded to its zeros.
 */
export function printedStep(amount: number, unit: Unit): { step: number; text: string } {
  const [scale, suffix] = (unit === 'USD' && DOLLAR_SCALES.find(([s]) => Math.abs(amount) >= s)) || [1, '']
  // toPrecision drops a float's tail (24200000000 / 1e9 is 24.2, but some quotients are not).
  const printed = String(Number((Math.abs(amount) / scale).toPrecision(12)))
  const decimals = printed.split('.')[1]?.length ?? 0
  const step = scale / 10 ** decimals
  const text = suffix ? `$${(1 / 10 ** decimals).toFixed(decimals)}${suffix}` : formatAmount(step, unit)
  return { step, text }
}

/**
 * A value rounded outward to `decimals` places, so a bound never claims less than it holds: 29.48 is at least 29.4.
 * The nudge keeps a float a hair off a step (1.15 × 100 = 114.99999999999999) from taking an extra one.
 */
export function roundedOutward(value: number, decimals: number | undefined, end: 'min' | 'max'): number {
  if (decimals === undefined) return value
  const scale = 10 ** decimals
  return end === 'min' ? Math.floor(value * scale + 1e-9) / scale : Math.ceil(value * scale - 1e-9) / scale
}

export interface RoundingRange {
  /** The lowest and highest the formula gives with each input anywhere within half a step of its printed figure. */
  min: number
  max: number
  /** The two ends as written: to one decimal more than the value, rounded outward ("29.48%", "30.03%"). */
  span: [string, string]
  /** The stated inputs, each with its figure and the step that figure is printed to ("$0.1B"). */
  inputs: { fact: Fact; amount: number; unit: Unit; step: number; stepText: string }[]
}

/**
 * Where a derived value lies if the figures it is computed from are rounded as printed: 100% − 31% − 24% − 11% is
 * 34%, but with each share anywhere from half a point under to half a point over, it is 32.5% to 35.5%. Null
 * unless the value is derived from stated figures only, or where a corner has no finite value.
 */
export function roundingRange(fact: Fact, index: DatasetIndex): RoundingRange | null {
  if (fact.value.kind !== 'derived') return null
  const { formula, decimals, unit } = fact.value
  const inputs: RoundingRange['inputs'] = []
  for (const id of formulaInputs(formula)) {
    const input = index.factById.get(id)
    if (input?.value.kind !== 'stated') return null
    const { amount, unit: inputUnit } = input.value
    const { step, text } = printedStep(amount, inputUnit)
    inputs.push({ fact: input, amount, unit: inputUnit, step, stepText: text })
  }
  const spans = new Map(
    inputs.map(({ fact: input, amount, step }) => [input.id, [amount - step / 2, amount + step / 2] as const]),
  )
  const results = formulaCorners(formula, spans)
  if (!results.every(Number.isFinite)) return null
  // One decimal more than the value's own, so the ends say what the inputs allow and no more: 29.48%, not 29.4%.
  const places = decimals === undefined ? undefined : decimals + 1
  const [min, max] = [
    roundedOutward(Math.min(...results), places, 'min'),
    roundedOutward(Math.max(...results), places, 'max'),
  ]
  const written = (n: number) => (unit === 'percent' ? `${Number(n.toPrecision(12))}%` : formatAmount(n, unit))
  return { min, max, span: [written(min), written(max)], inputs }
}

/**
 * A derived value's formula in words with the range its inputs' rounding leaves, for a line that gives the formula
 * (a slide's caption, its notes, an embed's popover, the facts CSV): "100% − … (31%) − … = 34% (32.5% to 35.5% if
 * its inputs are rounded)". The formula alone where there is no such range.
 */
export function formulaWithRounding(fact: Fact, index: DatasetIndex): string {
  const range = roundingRange(fact, index)
  const span = range ? ` (${range.span[0]} to ${range.span[1]} if its inputs are rounded)` : ''
  return `${formulaText(fact, index)}${span}`
}
