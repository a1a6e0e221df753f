import { describe, expect, it } from 'vitest'
import { evaluateFormula } from './evaluate-formula.ts'
import { formulaInputs } from './formula.ts'

const amounts: Record<string, number> = { a: 31, b: 24, c: 11, profit: 7.2e9, revenue: 24.2e9 }
const lookup = (id: string) => amounts[id]

describe('evaluateFormula', () => {
  it('subtracts stated shares from the whole', () => {
    expect(evaluateFormula('100 - {a} - {b} - {c}', lookup)).toBe(34)
  })

  it('multiplies and divides before adding', () => {
    expect(evaluateFormula('{profit} / {revenue} * 100', lookup)).toBeCloseTo(29.752, 3)
    expect(evaluateFormula('1 + 2 * 3', lookup)).toBe(7)
    expect(evaluateFormula('(1 + 2) * 3', lookup)).toBe(9)
  })

  it('names a reference that has no amount', () => {
    expect(() => evaluateFormula('{a} - {missing}', lookup)).toThrow('{missing} has no amount')
  })

  it('rejects what it cannot read', () => {
    expect(() => evaluateFormula('100 - a', lookup)).toThrow('cannot read formula at "a"')
    expect(() => evaluateFormula('(1 + 2', lookup)).toThrow('missing ")"')
    expect(() => evaluateFormula('1 2', lookup)).toThrow('after the end')
  })
})

describe('formulaInputs', () => {
  it('lists each referenced fact once, in order', () => {
    expect(formulaInputs('{b} - {a} + {b}')).toEqual(['b', 'a'])
  })
})
