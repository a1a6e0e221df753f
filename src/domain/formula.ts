/**
 * Formulas of derived facts: arithmetic over numbers and {fact-id} references,
 * e.g. "100 - {share-aws} - {share-azure}". The build recomputes them (evaluate-formula.ts); the
 * evidence panel shows them with links to their inputs.
 */

export type FormulaToken =
  | { type: 'number'; value: number }
  | { type: 'ref'; id: string }
  | { type: 'op'; op: '+' | '-' | '*' | '/' }
  | { type: 'paren'; paren: '(' | ')' }

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|\{([a-z0-9_-]+)\}|([-+*/])|([()]))/y

/** Splits a formula into tokens, or throws naming the first character it cannot read. */
export function tokenizeFormula(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < formula.trimEnd().length) {
    const at = TOKEN.lastIndex
    const match = TOKEN.exec(formula)
    if (!match) throw new Error(`cannot read formula at "${formula.slice(at).trim()}"`)
    const [, num, ref, op, paren] = match
    if (num !== undefined) tokens.push({ type: 'number', value: Number(num) })
    else if (ref !== undefined) tokens.push({ type: 'ref', id: ref })
    else if (op !== undefined) tokens.push({ type: 'op', op: op as '+' | '-' | '*' | '/' })
    else tokens.push({ type: 'paren', paren: paren as '(' | ')' })
  }
  return tokens
}

/** The tokens of a formula, or null when it cannot be read (a hand-edited dataset the build never saw). */
export function tryTokenizeFormula(formula: string): FormulaToken[] | null {
  try {
    return tokenizeFormula(formula)
  } catch {
    return null
  }
}

/** The fact ids a formula reads, in order of first appearance. */
export function formulaInputs(formula: string): string[] {
  const ids = tokenizeFormula(formula).flatMap((t) => (t.type === 'ref' ? [t.id] : []))
  return [...new Set(ids)]
}
