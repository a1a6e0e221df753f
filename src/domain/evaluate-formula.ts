import { tokenizeFormula } from './formula.ts'

/*
 * Apart from formula.ts, which the first load reads for formulas in words: computing one is for the build and
 * for the evidence panel, which loads on demand.
 */

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

/**
 * The formula at every corner of its inputs' spans, each input at its low or its high end: for the sums, products
 * and ratios of positive figures a formula holds, the lowest and highest it can give are among them (2^n values
 * for n inputs; a formula has few).
 */
export function formulaCorners(formula: string, spans: ReadonlyMap<string, readonly [number, number]>): number[] {
  const ids = [...spans.keys()]
  const corners: number[] = []
  for (let corner = 0; corner < 2 ** ids.length; corner++) {
    corners.push(evaluateFormula(formula, (id) => spans.get(id)?.[(corner >> ids.indexOf(id)) & 1]))
  }
  return corners
}
