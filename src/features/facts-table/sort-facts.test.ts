import { UNITS } from '../../config/units.ts'
import { beforeAll, describe, expect, it } from 'vitest'

import { comparePeriodKeys, periodKey } from '../../lib/period.ts'
import { SORT_KEYS, type Sort, type SortKey } from '../../config/facts-table.ts'
import { buildIndex, filterFacts, type DatasetIndex } from '../../domain/dataset-index.ts'
import type { Fact } from '../../domain/schema.ts'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'
import { sortFacts, sortFactsWithin } from './sort-facts.ts'
import { amountOf } from '../../domain/format-fact.ts'
import { stated, synthetic, type Spec } from './synthetic-index.test-support.ts'
import { citationRole } from '../../domain/kinds.ts'

/** Distinct articles that state a fact's value: the "Articles" column. */
const stating = (f: Fact) => new Set(f.citations.filter((c) => citationRole(c) === 'value').map((c) => c.article)).size

/**
 * Facts with ties in every column (same label, value, period, company, article count) and values
 * without an amount, written so that dataset order is neither sorted nor reverse-sorted. f2 quotes
 * one article twice: it counts as one article.
 */
const SPECS: Spec[] = [
  {
    id: 'f0',
    label: 'Gamma',
    company: 'company-x1',
    metric: 'headcount',
    period: '2024-Q1',
    value: stated(50),
    source: 'S',
    articles: ['000_aaaa'],
  },
  {
    id: 'f1',
    label: 'alpha',
    company: 'company-x2',
    metric: 'headcount',
    period: null,
    value: { kind: 'vague', unit: 'people', words: ['hundreds'] },
    source: 'S',
    articles: ['000_aaaa', '001_bbbb'],
  },
  {
    id: 'f2',
    label: 'Beta',
    company: 'company-x1',
    metric: 'headcount',
    period: '2023-11',
    value: stated(-5),
    source: 'S',
    articles: ['002_cccc', '002_cccc'],
  },
  {
    id: 'f3',
    label: 'Gamma',
    company: 'company-x2',
    metric: 'headcount',
    period: '2024-Q1',
    value: stated(50),
    source: 'S',
    articles: ['000_aaaa', '001_bbbb', '002_cccc'],
  },
  {
    id: 'f4',
    label: 'delta',
    company: 'company-x1',
    metric: 'headcount',
    period: '2023-Q4',
    value: { kind: 'unknown', unit: 'people' },
    source: 'S',
    articles: ['001_bbbb'],
  },
  {
    id: 'f5',
    label: 'Alpha',
    company: 'company-x2',
    metric: 'headcount',
    period: '2022-Q2',
    value: stated(1200),
    source: 'S',
    articles: ['002_cccc'],
  },
  {
    id: 'f6',
    label: 'Beta',
    company: 'company-x1',
    metric: 'headcount',
    period: null,
    value: { kind: 'approximate', amount: 50, unit: 'people', words: 'around' },
    source: 'S',
    articles: ['000_aaaa', '002_cccc'],
  },
  {
    id: 'f7',
    label: 'epsilon',
    company: 'company-x2',
    metric: 'headcount',
    period: '2024-03',
    value: { kind: 'vague', unit: 'people', words: ['a few'] },
    source: 'S',
    articles: ['001_bbbb'],
  },
]

/** The number a value sorts by: a derived range by its lower end; null for words only. */
const numberOf = (f: Fact) => (f.value.kind === 'derived-range' ? f.value.min : amountOf(f.value))
/** Units in the order of UNITS; a claim in words, with no unit, after them all. */
const unitOf = (f: Fact) => (f.value.unit ? UNITS.indexOf(f.value.unit) : UNITS.length)

/** A dated fact's first day as a number (20240403; a quarter or a month from its first day), 0 when undated. */
function dayOf(f: Fact): number {
  const [year, part, day] = (f.period.value ?? '0-01').split('-')
  const month = part.startsWith('Q') ? Number(part.slice(1)) * 3 - 2 : Number(part)
  return Number(year) * 10_000 + month * 100 + Number(day ?? 1)
}

/** Each column's key, computed from the fact itself rather than from the code under test. */
function keyOf(index: DatasetIndex, key: SortKey) {
  const name = (f: Fact) => index.companyById.get(f.company)!.name
  return (a: Fact, b: Fact): number => {
    switch (key) {
      case 'label':
        return a.label.localeCompare(b.label)
      case 'company':
        return name(a).localeCompare(name(b))
      case 'period':
        return comparePeriodKeys(periodKey(a.period), periodKey(b.period)) || dayOf(a) - dayOf(b)
      case 'articles':
        return stating(a) - stating(b)
      case 'value':
        return numberOf(a)! - numberOf(b)!
    }
  }
}

/** Checks a sorted list against its column, direction and the dataset order of ties. */
function expectSorted(index: DatasetIndex, input: readonly Fact[], sorted: Fact[], sort: Sort) {
  expect([...sorted].map((f) => f.id).sort()).toEqual(input.map((f) => f.id).sort())
  const position = new Map(input.map((f, i) => [f.id, i]))
  const compare = keyOf(index, sort.key)
  const sign = sort.direction === 'ascending' ? 1 : -1
  const hasAmount = (f: Fact) => sort.key !== 'value' || numberOf(f) !== null
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]]
    const where = `${sort.key} ${sort.direction}: ${a.id} before ${b.id}`
    // By value, the unit comes first, in one order whatever the direction.
    if (sort.key === 'value') {
      expect(unitOf(a), `${where}: unit`).toBeLessThanOrEqual(unitOf(b))
      if (unitOf(a) < unitOf(b)) continue
    }
    if (!hasAmount(a)) {
      expect(hasAmount(b), `${where}: no amount after no amount only`).toBe(false)
      expect(position.get(a.id)!, where).toBeLessThan(position.get(b.id)!)
      continue
    }
    if (!hasAmount(b)) continue
    const c = sign * compare(a, b)
    expect(c, where).toBeLessThanOrEqual(0)
    if (c === 0) expect(position.get(a.id)!, `${where} (tie)`).toBeLessThan(position.get(b.id)!)
  }
}

const ALL_SORTS: Sort[] = SORT_KEYS.flatMap((key) =>
  (['ascending', 'descending'] as const).map((direction) => ({ key, direction })),
)

let real: DatasetIndex

beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})

describe('sortFacts', () => {
  it.each(ALL_SORTS)('sorts a hand-made table by $key, $direction, ties in dataset order', (sort) => {
    const index = synthetic(SPECS)
    const sorted = sortFacts(index, index.facts, sort)
    expectSorted(index, index.facts, sorted, sort)
    // The dataset order is not already sorted: the sort has work to do.
    expect(sorted).not.toEqual(index.facts)
  })

  it.each(ALL_SORTS)('sorts the real facts by $key, $direction, ties in dataset order', (sort) => {
    expectSorted(real, real.facts, sortFacts(real, real.facts, sort), sort)
  })

  it.each(SORT_KEYS)('reverses the order of distinct %s values between directions', (key) => {
    const index = synthetic(SPECS)
    const up = sortFacts(index, index.facts, { key, direction: 'ascending' })
    const down = sortFacts(index, index.facts, { key, direction: 'descending' })
    expect(up).not.toEqual(down)
    const first = up.find((f) => key !== 'value' || amountOf(f.value) !== null)!
    const last = down.find((f) => key !== 'value' || amountOf(f.value) !== null)!
    expect(keyOf(index, key)(first, last)).toBeLessThan(0)
  })

  it('puts values without an amount after every number, in both directions, in dataset order', () => {
    const index = synthetic(SPECS)
    const unmeasured = index.facts.filter((f) => amountOf(f.value) === null).map((f) => f.id)
    expect(unmeasured).toEqual(['f1', 'f4', 'f7'])
    for (const direction of ['ascending', 'descending'] as const) {
      const ids = sortFacts(index, index.facts, { key: 'value', direction }).map((f) => f.id)
      expect(ids.slice(-unmeasured.length), direction).toEqual(unmeasured)
    }
    expect(sortFacts(index, index.facts, { key: 'value', direction: 'ascending' }).map((f) => f.id)).toEqual([
      'f2',
      'f0',
      'f3',
      'f6',
      'f5',
      'f1',
      'f4',
      'f7',
    ])
    expect(sortFacts(index, index.facts, { key: 'value', direction: 'descending' }).map((f) => f.id)).toEqual([
      'f5',
      'f0',
      'f3',
      'f6',
      'f2',
      'f1',
      'f4',
      'f7',
    ])
  })

  it('sorts the real values by unit first, then by number, words after the numbers of their unit', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortFacts(real, real.facts, { key: 'value', direction })
      const units = sorted.map(unitOf)
      expect(units, direction).toEqual(units.toSorted((x, y) => x - y))
      for (const unit of new Set(units)) {
        const inUnit = sorted.filter((f) => unitOf(f) === unit)
        const words = inUnit.filter((f) => numberOf(f) === null)
        expect(inUnit.slice(inUnit.length - words.length), `${direction} unit ${unit}`).toEqual(words)
      }
    }
    // The derived range 0.3%–1.7% sorts among the percentages, by its lower end, not among the words.
    const range = real.facts.find((f) => f.value.kind === 'derived-range' && f.value.unit === 'percent')!
    const percents = sortFacts(real, real.facts, { key: 'value', direction: 'ascending' }).filter(
      (f) => f.value.unit === 'percent',
    )
    expect(percents.indexOf(range)).toBe(0)
  })

  it('sorts by company name, not id, and by distinct articles, not citations', () => {
    const index = synthetic(SPECS)
    // Zeta Corp is company-x1, Beta Holdings company-x2: by id the order would be the reverse.
    const byCompany = sortFacts(index, index.facts, { key: 'company', direction: 'ascending' })
    expect(byCompany.map((f) => f.company)).toEqual([...Array(4).fill('company-x2'), ...Array(4).fill('company-x1')])
    const byArticles = sortFacts(index, index.facts, { key: 'articles', direction: 'descending' })
    expect(byArticles.map((f) => f.id)).toEqual(['f3', 'f1', 'f6', 'f0', 'f2', 'f4', 'f5', 'f7'])
  })

  it('does not change the list it is given', () => {
    const index = synthetic(SPECS)
    const facts = [...index.facts]
    sortFacts(index, facts, { key: 'label', direction: 'descending' })
    expect(facts).toEqual(index.facts)
  })

  it.each(ALL_SORTS)('orders a filter’s facts by $key, $direction as sorting them would, ties included', (sort) => {
    const index = synthetic(SPECS)
    // Every other fact, and one company: subsets with ties inside them and around them.
    const subsets = [
      index.facts.filter((_, i) => i % 2 === 0),
      filterFacts(index, { companies: ['company-x1'], periods: [] }),
      index.facts,
    ]
    for (const facts of subsets) expect(sortFactsWithin(index, facts, sort)).toEqual(sortFacts(index, facts, sort))
    for (const company of new Set(real.facts.map((f) => f.company))) {
      const facts = filterFacts(real, { companies: [company], periods: [] })
      expect(sortFactsWithin(real, facts, sort)).toEqual(sortFacts(real, facts, sort))
    }
  })
})
