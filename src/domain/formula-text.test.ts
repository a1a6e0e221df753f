import { beforeAll, describe, expect, it } from 'vitest'

import { buildIndex, type DatasetIndex } from './dataset-index.ts'
import type { Dataset, Fact, FactValue } from './schema.ts'
import { isDerivedValue } from './kinds.ts'
import { loadRealDataset } from './real-dataset.test-support.ts'
import { FORMULA_OPERATORS, formulaText } from './formula-text.ts'
import { formatValue } from './format-fact.ts'

function fact(id: string, label: string, value: FactValue): Fact {
  return {
    id,
    label,
    metric: 'revenue',
    company: 'acme',
    period: { value: '2024-Q1', inferred: false },
    value,
    source: 'Test producer',
    inputs: value.kind === 'derived' ? [...value.formula.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]) : [],
    citations: [],
  }
}

/** Input facts of each value kind that can carry an amount, and a few derived from them. */
const INPUTS = [
  fact('rev', 'Acme revenue', { kind: 'stated', amount: 24.2e9, unit: 'USD' }),
  fact('share', 'Acme share', { kind: 'approximate', amount: 31, unit: 'percent', words: 'about' }),
  fact('staff', 'Acme staff', { kind: 'bound', amount: 1000, unit: 'people', words: 'over' }),
  fact('margin', 'Acme margin', { kind: 'derived', amount: 12.5, unit: 'percent', formula: '{rev} / {rev} * 12.5' }),
]

function indexWith(...facts: Fact[]): DatasetIndex {
  const dataset: Dataset = {
    schemaVersion: 1,
    companies: [{ id: 'acme', name: 'Acme' }],
    articles: [
      {
        id: 'article',
        title: null,
        publisher: null,
        author: null,
        date: { value: '2024-04-03', inferred: false, basis: 'test' },
      },
    ],
    facts: [...INPUTS, ...facts],
  }
  return buildIndex(dataset)
}

const derived = (formula: string, amount: number, unit: FactValue['unit'] = 'percent'): FactValue => ({
  kind: 'derived',
  amount,
  unit,
  formula,
})

/** How the evidence panel names an input: its label with its value as the page formats it. */
const named = (f: Fact) => `${f.label} (${formatValue(f.value)})`
// A derived range adds how it reads each input's words: "(around 60,000, read as 55,000–65,000)".
const namedOpen = (f: Fact) => `${f.label} (${formatValue(f.value)}`
const [rev, share, staff, margin] = INPUTS

describe('formulaText', () => {
  it('names each input with its formatted value, with typographic operators and the result last', () => {
    const f = fact('d', 'Result', derived('100 - {share} * 2 / {staff} + {rev}', 42, 'people'))
    const index = indexWith(f)
    expect(formulaText(f, index)).toBe(
      `100 − ${named(share)} × 2 ÷ ${named(staff)} + ${named(rev)} = ${formatValue(f.value)}`,
    )
  })

  it('writes a constant added to or taken from percentages as a percentage, but not a factor', () => {
    const rest = fact('d', 'Result', derived('100 - {share}', 69))
    expect(formulaText(rest, indexWith(rest))).toBe(`100% − ${named(share)} = 69%`)
    const ratio = fact('d', 'Result', derived('{rev} / {rev} * 100', 100))
    expect(formulaText(ratio, indexWith(ratio))).toBe(`${named(rev)} ÷ ${named(rev)} × 100 = 100%`)
  })

  it('uses the typographic sign for every operator', () => {
    expect(FORMULA_OPERATORS).toEqual({ '+': '+', '-': '\u2212', '*': '\u00d7', '/': '\u00f7' })
    const f = fact('d', 'Result', derived('{rev} - {rev} * {rev} / {rev} + {rev}', 1, 'USD'))
    const text = formulaText(f, indexWith(f))
    expect(text).not.toMatch(/ [-*/] /)
    const signs = text.replaceAll(named(rev), '').split(' = ')[0].split(' ').filter(Boolean)
    expect(signs).toEqual(['\u2212', '\u00d7', '\u00f7', '+'])
  })

  it('keeps parentheses, decimals and a leading minus', () => {
    const f = fact('d', 'Result', derived('-({margin} + 0.5) * {share}', -3.4))
    expect(formulaText(f, indexWith(f))).toBe(
      `− ( ${named(margin)} + 0.5% ) × ${named(share)} = ${formatValue(f.value)}`,
    )
  })

  it('formats the result in its own unit', () => {
    const f = fact('d', 'Result', derived('{rev} * 2', 48.4e9, 'USD'))
    const text = formulaText(f, indexWith(f))
    expect(text.endsWith(` = ${formatValue(f.value)}`)).toBe(true)
    expect(formatValue(f.value)).toMatch(/^\$/)
  })

  it('shows the id of an input the dataset lacks', () => {
    const f = fact('d', 'Result', derived('{rev} - {gone}', 1, 'USD'))
    expect(formulaText(f, indexWith(f))).toBe(`${named(rev)} − gone = ${formatValue(f.value)}`)
  })

  it.each(['{rev} % 2', '100 - {Rev}', '{rev} ^ 2', 'one hundred'])(
    'falls back to the raw formula for %j',
    (formula) => {
      const f = fact('d', 'Result', derived(formula, 7))
      expect(formulaText(f, indexWith(f))).toBe(`${formula} = ${formatValue(f.value)}`)
    },
  )

  it.each(INPUTS.filter((f) => f.value.kind !== 'derived'))('is empty for the $value.kind fact $id', (f) => {
    expect(formulaText(f, indexWith())).toBe('')
  })
})

describe('formulaText on the real dataset', () => {
  let real: DatasetIndex

  beforeAll(async () => {
    real = buildIndex(await loadRealDataset())
  })

  it('writes every real formula with its inputs named in order and its result last', () => {
    const facts = real.facts.filter((f) => isDerivedValue(f.value))
    expect(facts.length).toBeGreaterThan(0)
    for (const f of facts) {
      const text = formulaText(f, real)
      expect(text.endsWith(` = ${formatValue(f.value)}`), f.id).toBe(true)
      const inputs = f.inputs.map((id) => namedOpen(real.factById.get(id)!))
      const positions = inputs.map((s) => text.indexOf(s))
      expect(
        positions.every((p) => p >= 0),
        f.id,
      ).toBe(true)
      expect(positions, f.id).toEqual([...positions].sort((a, b) => a - b))
      // With the inputs taken out, only numbers, brackets and typographic operators remain.
      const rest = inputs.reduce((t, s) => t.replace(s, ''), text.slice(0, -` = ${formatValue(f.value)}`.length))
      expect(rest.replace(/, read as [\d,–]+/g, ''), f.id).toMatch(/^[\d.%\s()+−×÷]*$/)
      expect(rest, f.id).toMatch(/[+−×÷]/)
    }
  })

  it('is empty for every real fact that is not derived', () => {
    for (const f of real.facts.filter((x) => !isDerivedValue(x.value))) expect(formulaText(f, real), f.id).toBe('')
  })
})
