import type { Unit } from '../config/units.ts'
import { formatAmount } from '../lib/format.ts'
import type { DatasetIndex } from './dataset-index.ts'
import { formulaCorners } from './evaluate-formula.ts'
import { formulaInputs } from './formula.ts'
import { formulaText } from './formula-text.ts'
import type { Fact } from './schema.ts'

/** The scales the app prints dollar amounts in ($24.2B), as the articles do ("$24.2 billion"). */
const DOLLAR_SCALES = [1e12, 1e9, 1e6, 1e3]

/**
 * The step a stated figure is printed to: $7.2B to $100M, $24.25B to $10M, 31% to 1%, 27,000 to 1. Read from the
 * amount in the scale it is printed in; a whole number is taken as printed, never as rounded to its zeros.
 */
export function printedStep(amount: number, unit: Unit): number {
  const scale = unit === 'USD' ? (DOLLAR_SCALES.find((s) => Math.abs(amount) >= s) ?? 1) : 1
  // toPrecision drops a float's tail (24200000000 / 1e9 is 24.2, but some quotients are not).
  const printed = String(Number((Math.abs(amount) / scale).toPrecision(12)))
  const decimals = printed.split('.')[1]?.length ?? 0
  return scale / 10 ** decimals
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
  unit: Unit
  /** The stated inputs, each with its figure and the step that figure is printed to. */
  inputs: { fact: Fact; amount: number; unit: Unit; step: number }[]
}

/**
 * How far a derived value can be from its unrounded self, given that the articles print its inputs rounded:
 * 100% − 31% − 24% − 11% is 34%, but with each share anywhere from half a point under to half a point over, it is
 * 32.5% to 35.5%. Null unless the value is derived
 * from stated figures only, or where a corner has no finite value.
 */
export function roundingRange(fact: Fact, index: DatasetIndex): RoundingRange | null {
  if (fact.value.kind !== 'derived') return null
  const { formula, decimals, unit } = fact.value
  const inputs: RoundingRange['inputs'] = []
  for (const id of formulaInputs(formula)) {
    const input = index.factById.get(id)
    if (input?.value.kind !== 'stated') return null
    const { amount, unit: inputUnit } = input.value
    inputs.push({ fact: input, amount, unit: inputUnit, step: printedStep(amount, inputUnit) })
  }
  const spans = new Map(
    inputs.map(({ fact: input, amount, step }) => [input.id, [amount - step / 2, amount + step / 2] as const]),
  )
  const results = formulaCorners(formula, spans)
  if (!results.every(Number.isFinite)) return null
  return {
    min: roundedOutward(Math.min(...results), decimals, 'min'),
    max: roundedOutward(Math.max(...results), decimals, 'max'),
    unit,
    inputs,
  }
}

/**
 * A derived value's formula in words with the range its inputs' rounding leaves, for a line that gives the formula
 * (a slide's caption, its notes, an embed's popover): "100% − … (31%) − … = 34% (32.5%–35.5% with its inputs
 * unrounded)". The formula alone where there is no such range.
 */
export function formulaWithRounding(fact: Fact, index: DatasetIndex): string {
  const range = roundingRange(fact, index)
  const span = range && `${formatAmount(range.min, range.unit)}–${formatAmount(range.max, range.unit)}`
  return `${formulaText(fact, index)}${span ? ` (${span} unrounded)` : ''}`
}
