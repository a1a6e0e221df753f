import type { DatasetIndex } from './dataset-index.ts'
import { tryTokenizeFormula, type FormulaToken } from './formula.ts'
import type { Fact } from './schema.ts'
import { isDerivedValue } from './kinds.ts'
import { formatAmount } from '../lib/format.ts'
import { formatValue } from './format-fact.ts'

export const FORMULA_OPERATORS = { '+': '+', '-': '−', '*': '×', '/': '÷' } as const

const isSum = (t: FormulaToken | undefined) => t?.type === 'op' && (t.op === '+' || t.op === '-')

/**
 * A constant added to or taken from percentages is itself a percentage: "100% − AWS share (31%)".
 * A factor ("× 100") is a plain number.
 */
export function numberText(tokens: readonly FormulaToken[], i: number, fact: Fact): string {
  const t = tokens[i]
  if (t.type !== 'number') return ''
  const percent = fact.value.unit === 'percent' && (isSum(tokens[i - 1]) || isSum(tokens[i + 1]))
  return `${t.value}${percent ? '%' : ''}`
}

/** An input's reading where a range is computed over it: "around 60,000, read as 55,000–65,000". */
function inputText(input: Fact, ranged: boolean): string {
  const v = input.value
  const range = ranged && (v.kind === 'vague' || v.kind === 'approximate') ? v.range : undefined
  const amount = (n: number) => (v.unit ? formatAmount(n, v.unit) : String(n))
  const read = range ? `, read as ${amount(range.min)}–${amount(range.max)}` : ''
  return `${input.label} (${formatValue(v)}${read})`
}

/**
 * A derived fact's formula in words: "100% − AWS share … (31%) − … = 34%"; a derived range says how each
 * input's words are read. Empty for other facts.
 */
export function formulaText(fact: Fact, index: DatasetIndex): string {
  if (!isDerivedValue(fact.value)) return ''
  const tokens = tryTokenizeFormula(fact.value.formula)
  if (!tokens) return `${fact.value.formula} = ${formatValue(fact.value)}`
  const parts = tokens.map((t, i) => {
    if (t.type === 'ref') {
      const input = index.factById.get(t.id)
      return input ? inputText(input, fact.value.kind === 'derived-range') : t.id
    }
    if (t.type === 'op') return FORMULA_OPERATORS[t.op]
    return t.type === 'paren' ? t.paren : numberText(tokens, i, fact)
  })
  return `${parts.join(' ')} = ${formatValue(fact.value)}`
}
