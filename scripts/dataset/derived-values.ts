import type { FactValue } from '../../src/domain/schema.ts'
import { evaluateFormula, formulaCorners } from '../../src/domain/evaluate-formula.ts'
import { formulaInputs } from '../../src/domain/formula.ts'
import { roundedOutward } from '../../src/domain/rounding-range.ts'

// Derived values are compared at the precision they are written with.
function matchesComputed(amount: number, computed: number, decimals: number | undefined): boolean {
  if (decimals === undefined) return Math.abs(amount - computed) <= 1e-9 * Math.max(1, Math.abs(computed))
  return Number(computed.toFixed(decimals)) === amount
}

/**
 * The lowest and highest an input can be: its amount, or the range that reads its words (a vague value's,
 * an approximate value's "around").
 */
function bounds(value: FactValue | undefined): [number, number] | undefined {
  if (!value) return undefined
  if (value.kind === 'vague') return value.range && [value.range.min, value.range.max]
  if (value.kind === 'approximate' && value.range) return [value.range.min, value.range.max]
  if (value.kind === 'stated' || value.kind === 'approximate' || value.kind === 'derived')
    return [value.amount, value.amount]
  // A lower bound ("over 1,000") has no upper end, and an unknown or qualitative value no number.
  return undefined
}

/**
 * Problems with a derived value: its formula must recompute to the amount it states, or for a range,
 * to its min and max. A range is computed at every combination of its inputs' ends (they are few),
 * so it holds whichever way the formula bends.
 */
export function derivedValueProblems(value: FactValue, valueOf: (id: string) => FactValue | undefined): string[] {
  if (value.kind !== 'derived' && value.kind !== 'derived-range') return []
  // "Around 60,000" is not 60,000: a value computed from it must reach as far as the word does.
  const unread = formulaInputs(value.formula).filter((id) => {
    const input = valueOf(id)
    return input?.kind === 'approximate' && (!input.range || value.kind === 'derived')
  })
  if (unread.length)
    return unread.map(
      (id) =>
        `{${id}} is approximate (“${(valueOf(id) as { words: string }).words}”), so a value computed from it must say how far that word reaches: give {${id}} value.range (its reading, with why) and compute this as a derived-range over it`,
    )
  if (value.kind === 'derived') {
    const { formula, amount, decimals } = value
    const computed = evaluateFormula(formula, (id) => {
      const input = valueOf(id)
      return input && 'amount' in input ? input.amount : undefined
    })
    return matchesComputed(amount, computed, decimals)
      ? []
      : [`"${formula}" gives ${computed}, but the fact says ${amount}`]
  }
  const { formula, min, max, decimals } = value
  const ids = formulaInputs(formula)
  const ends = new Map<string, [number, number]>()
  for (const id of ids) {
    const b = bounds(valueOf(id))
    if (!b) return [`{${id}} has no amount or range to compute with`]
    ends.set(id, b)
  }
  const results = formulaCorners(formula, ends)
  const [low, high] = [Math.min(...results), Math.max(...results)]
  const problems: string[] = []
  const [lowEnd, highEnd] = [roundedOutward(low, decimals, 'min'), roundedOutward(high, decimals, 'max')]
  if (!matchesComputed(min, lowEnd, decimals))
    problems.push(`"${formula}" gives at least ${low} (${lowEnd}, rounded down), but the fact says min ${min}`)
  if (!matchesComputed(max, highEnd, decimals))
    problems.push(`"${formula}" gives at most ${high} (${highEnd}, rounded up), but the fact says max ${max}`)
  return problems
}
