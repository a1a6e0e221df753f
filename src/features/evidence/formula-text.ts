import type { DatasetIndex } from '../dataset/dataset-index'
import { tryTokenizeFormula } from '../dataset/formula'
import type { Fact } from '../dataset/schema'
import { formatValue } from '../dataset/format-fact'

export const FORMULA_OPERATORS = { '+': '+', '-': '−', '*': '×', '/': '÷' } as const

/** A derived fact's formula in words: "100 − AWS share … (31%) − … = 34%". Empty for other facts. */
export function formulaText(fact: Fact, index: DatasetIndex): string {
  if (fact.value.kind !== 'derived') return ''
  const tokens = tryTokenizeFormula(fact.value.formula)
  if (!tokens) return `${fact.value.formula} = ${formatValue(fact.value)}`
  const parts = tokens.map((t) => {
    if (t.type === 'ref') {
      const input = index.factById.get(t.id)
      return input ? `${input.label} (${formatValue(input.value)})` : t.id
    }
    if (t.type === 'op') return FORMULA_OPERATORS[t.op]
    return t.type === 'paren' ? t.paren : String(t.value)
  })
  return `${parts.join(' ')} = ${formatValue(fact.value)}`
}
