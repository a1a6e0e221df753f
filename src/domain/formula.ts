/**
 * Formulas of derived facts: arithmetic over numbers and {fact-id} references,
 * e.g. "100 - {share-aws} - {share-azure}". The build recomputes them; the
 * evidence panel shows them with links to their inputs.
 */

export type FormulaToken =
  | { type: 'number'; value: number }
  | { type: 'ref'; id: string }
  | { type: 'op'; op: '+' | '-' | '*' | '/' }
  | { type: 'paren'; paren: '(' | ')' }

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|\{([a-z0-9_-]+)\}|([-+*/])|([()]))/y

/** Splits a formula into tokens, or throws naming the first character it cannot read. */
function tokenizeFormula(formula: string): FormulaToken[] {
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

/**
 * Evaluates a formula with the usual precedence. `lookup` returns a fact's
 * amount, or undefined when the fact is missing or has no amount (which throws).
 */
export function evaluateFormula(formula: string, lookup: (id: string) => number | undefined): number {
  const tokens = tokenizeFormula(formula)
  let i = 0

  const primary = (): number => {
    const t = tokens[i++]
    if (!t) throw new Error('formula ends too early')
    if (t.type === 'number') return t.value
    if (t.type === 'ref') {
      const value = lookup(t.id)
      if (value === undefined) throw new Error(`{${t.id}} has no amount to compute with`)
      return value
    }
    if (t.type === 'paren' && t.paren === '(') {
      const value = sum()
      const close = tokens[i++]
      if (close?.type !== 'paren' || close.paren !== ')') throw new Error('missing ")"')
      return value
    }
    if (t.type === 'op' && t.op === '-') return -primary()
    throw new Error('unexpected token in formula')
  }
  const product = (): number => {
    let value = primary()
    for (let t = tokens[i]; t?.type === 'op' && (t.op === '*' || t.op === '/'); t = tokens[i]) {
      i++
      value = t.op === '*' ? value * primary() : value / primary()
    }
    return value
  }
  const sum = (): number => {
    let value = product()
    for (let t = tokens[i]; t?.type === 'op' && (t.op === '+' || t.op === '-'); t = tokens[i]) {
      i++
      value = t.op === '+' ? value + product() : value - product()
    }
    return value
  }

  const value = sum()
  if (i < tokens.length) throw new Error('unexpected token after the end of the formula')
  return value
}
