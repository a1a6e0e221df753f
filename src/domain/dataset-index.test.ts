import { beforeAll, describe, expect, it } from 'vitest'
import { comparePeriodKeys, periodKey, UNDATED } from '../lib/period.ts'
import { loadRealDataset } from './real-dataset.test-support.ts'
import {
  buildIndex,
  buildIndexInSteps,
  factFilter,
  filterFacts,
  resolveFilter,
  unknownReferences,
  type DatasetIndex,
  type FactFilter,
} from './dataset-index.ts'
import { Dataset, type Fact } from './schema.ts'

/** A stated fact cited by `articles` (an article twice when it states the value twice). */
function stated(id: string, company: string, period: string | null, articles: string[]): Fact {
  return {
    id,
    label: `Label of ${id}`,
    metric: 'revenue',
    company,
    period: { value: period, inferred: false, ...(period ? {} : { words: 'some time ago' }) },
    value: { kind: 'stated', amount: 42, unit: 'USD' },
    source: 'Test producer',
    inputs: [],
    citations: articles.map((article) => ({ article })),
  }
}

/**
 * Three companies, one without facts; periods given as quarter, month and no date (two land in the
 * same quarter); one fact cited twice in one article and once in another; one fact derived from two.
 */
function syntheticDataset(): Dataset {
  const article = (id: string) => ({
    id,
    title: null,
    publisher: null,
    author: null,
    date: { value: '2024-04-03', inferred: false, basis: 'test' },
  })
  const facts: Fact[] = [
    // `one` states f-q1 twice: both citations are kept, but they count as one article.
    stated('f-q1', 'a', '2024-Q1', ['one', 'two', 'one']),
    stated('f-undated', 'b', null, ['one']),
    stated('f-month', 'a', '2023-12', ['one']),
    stated('f-quarter', 'b', '2023-Q4', ['one']),
    {
      ...stated('f-derived', 'a', '2024-Q1', []),
      value: { kind: 'derived', amount: 84, unit: 'USD', formula: '{f-q1} + {f-month}' },
      inputs: ['f-q1', 'f-month'],
    },
    {
      ...stated('f-derived-2', 'b', null, []),
      value: { kind: 'derived', amount: 42, unit: 'USD', formula: '{f-derived} - {f-q1}' },
      inputs: ['f-derived', 'f-q1'],
    },
  ]
  return Dataset.parse({
    schemaVersion: 1,
    companies: [
      { id: 'c', name: 'Company C' },
      { id: 'b', name: 'Company B' },
      { id: 'a', name: 'Company A' },
    ],
    articles: [article('one'), article('two')],
    facts,
  })
}

let real: DatasetIndex

beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})

describe('buildIndex', () => {
  it('offers only the companies that have facts, in dataset order', () => {
    const index = buildIndex(syntheticDataset())
    expect(index.companies.map((c) => c.id)).toEqual(['b', 'a'])
    // The company without facts is still known by id, for names and look-ups.
    expect(index.companyById.get('c')?.name).toBe('Company C')
  })

  it('offers the companies of the real dataset that have facts, in dataset order', () => {
    const withFacts = new Set(real.facts.map((f) => f.company))
    expect(real.companies.map((c) => c.id)).toEqual(
      real.dataset.companies.map((c) => c.id).filter((id) => withFacts.has(id)),
    )
  })

  it('lists each period once, undated first, then oldest first', () => {
    const index = buildIndex(syntheticDataset())
    expect(index.periods).toEqual([UNDATED, '2023-Q4', '2024-Q1'])
    expect(index.periodOf.get('f-month')).toBe('2023-Q4')
    expect(index.periodOf.get('f-undated')).toBe(UNDATED)
  })

  it('lists the periods of the real dataset once each, undated first and sorted', () => {
    const keys = real.facts.map((f) => periodKey(f.period))
    expect(new Set(real.periods)).toEqual(new Set(keys))
    expect(real.periods).toHaveLength(new Set(keys).size)
    expect([...real.periods].sort(comparePeriodKeys)).toEqual(real.periods)
    if (keys.includes(UNDATED)) expect(real.periods[0]).toBe(UNDATED)
    for (const f of real.facts) expect(real.periodOf.get(f.id)).toBe(periodKey(f.period))
  })

  it('counts distinct articles, not citations', () => {
    const index = buildIndex(syntheticDataset())
    expect(index.factById.get('f-q1')?.citations).toHaveLength(3)
    expect(index.articleCountOf.get('f-q1')).toBe(2)
    expect(index.articleCountOf.get('f-month')).toBe(1)
    expect(index.articleCountOf.get('f-derived')).toBe(0)
  })

  it('counts distinct articles that state the value of every real fact, not those that date or attribute it', () => {
    const stating = (f: Fact) => f.citations.filter((c) => (c.role ?? 'value') === 'value').map((c) => c.article)
    for (const f of real.facts) expect(real.articleCountOf.get(f.id), f.id).toBe(new Set(stating(f)).size)
    // A derived range cites one article for a detail, but no article states its value.
    const share = real.factById.get('aws-cuts-share-of-staff-2024-04')!
    expect(share.citations.length).toBeGreaterThan(0)
    expect(real.articleCountOf.get(share.id)).toBe(0)
    // The real data has a fact quoted twice from one article: the count must be below its citations.
    expect(real.facts.some((f) => real.articleCountOf.get(f.id)! < f.citations.length)).toBe(true)
  })

  it('maps each input to the facts derived from it, in dataset order', () => {
    const index = buildIndex(syntheticDataset())
    expect(index.dependentsOf.get('f-q1')).toEqual(['f-derived', 'f-derived-2'])
    expect(index.dependentsOf.get('f-month')).toEqual(['f-derived'])
    expect(index.dependentsOf.get('f-derived')).toEqual(['f-derived-2'])
    expect(index.dependentsOf.has('f-undated')).toBe(false)
  })

  it('maps the real derived facts back from their inputs', () => {
    const expected = new Map<string, string[]>()
    for (const f of real.facts) for (const id of f.inputs) expected.set(id, [...(expected.get(id) ?? []), f.id])
    expect(expected.size).toBeGreaterThan(0)
    expect(new Map(real.dependentsOf)).toEqual(expected)
  })

  it('looks facts, articles and companies up by id', () => {
    for (const f of real.facts) expect(real.factById.get(f.id)).toBe(f)
    for (const a of real.dataset.articles) expect(real.articleById.get(a.id)).toBe(a)
    for (const c of real.dataset.companies) expect(real.companyById.get(c.id)).toBe(c)
  })

  it('builds the same index in steps, letting the page go on between them', async () => {
    let pauses = 0
    const stepped = await buildIndexInSteps(real.dataset, 'hash', async () => void pauses++)
    expect(stepped).toEqual({ ...buildIndex(real.dataset), hash: 'hash' })
    expect(pauses).toBeGreaterThanOrEqual(2)
  })
})

describe('resolveFilter', () => {
  it('keeps known companies and periods, in the order given', () => {
    const companies = real.companies.slice(0, 2).map((c) => c.id)
    const periods = [...real.periods].reverse()
    expect(resolveFilter(real, { companies, periods })).toEqual({ filter: { companies, periods }, unknown: [] })
  })

  it('reports unknown companies and periods and drops them from the filter', () => {
    const known = real.companies[0].id
    const period = real.periods.at(-1)!
    const result = resolveFilter(real, {
      companies: ['no-such-company', known, 'Nope'],
      periods: ['1999-Q1', period, 'not-a-period'],
    })
    expect(result.filter).toEqual({ companies: [known], periods: [period] })
    expect(result.unknown).toEqual([
      { key: 'company', value: 'no-such-company' },
      { key: 'company', value: 'Nope' },
      { key: 'period', value: '1999-Q1' },
      { key: 'period', value: 'not-a-period' },
    ])
  })

  it('treats a well-formed quarter with no facts as unknown', () => {
    const index = buildIndex(syntheticDataset())
    const result = resolveFilter(index, { companies: [], periods: ['2023-Q3', '2024-Q1', UNDATED] })
    expect(result.filter.periods).toEqual(['2024-Q1', UNDATED])
    expect(result.unknown).toEqual([{ key: 'period', value: '2023-Q3' }])
  })

  it('treats a company with no facts like a quarter with none: not offered, so reported', () => {
    const dataset = syntheticDataset()
    const index = buildIndex({ ...dataset, companies: [...dataset.companies, { id: 'ghost', name: 'Ghost' }] })
    expect(index.companies.map((c) => c.id)).not.toContain('ghost')
    const result = resolveFilter(index, { companies: ['ghost', index.companies[0].id], periods: [] })
    expect(result.filter.companies).toEqual([index.companies[0].id])
    expect(result.unknown).toEqual([{ key: 'company', value: 'ghost' }])
  })

  it('leaves an empty filter empty', () => {
    expect(resolveFilter(real, { companies: [], periods: [] })).toEqual({
      filter: { companies: [], periods: [] },
      unknown: [],
    })
  })
})

describe('filterFacts and factFilter', () => {
  const filters = (index: DatasetIndex): [string, FactFilter][] => {
    const [first, second] = index.companies.map((c) => c.id)
    return [
      ['empty', { companies: [], periods: [] }],
      ['one company', { companies: [first], periods: [] }],
      ['two companies', { companies: [first, second], periods: [] }],
      ['the latest period', { companies: [], periods: [index.periods.at(-1)!] }],
      ['undated and the oldest dated period', { companies: [], periods: index.periods.slice(0, 2) }],
      ['a company and a period', { companies: [first], periods: [index.periods.at(-1)!] }],
      ['companies and periods', { companies: [first, second], periods: index.periods.slice(0, 2) }],
    ]
  }

  /** What the filter means, written out independently of the code under test. */
  const passes = (filter: FactFilter, f: Fact) =>
    (filter.companies.length === 0 || filter.companies.includes(f.company)) &&
    (filter.periods.length === 0 || filter.periods.includes(periodKey(f.period)))

  it('returns every fact, in dataset order, for an empty filter', () => {
    expect(filterFacts(real, { companies: [], periods: [] })).toEqual(real.facts)
    expect(real.facts.every(factFilter(real, { companies: [], periods: [] }))).toBe(true)
  })

  for (const which of ['real', 'synthetic'] as const) {
    it(`agree with each other and with the filter's meaning on the ${which} dataset`, () => {
      const index = which === 'real' ? real : buildIndex(syntheticDataset())
      for (const [name, filter] of filters(index)) {
        const test = factFilter(index, filter)
        const kept = filterFacts(index, filter)
        const expected = index.facts.filter((f) => passes(filter, f))
        expect(kept, name).toEqual(expected)
        for (const f of index.facts) expect(test(f), `${name}: ${f.id}`).toBe(passes(filter, f))
      }
    })
  }

  it('keeps nothing when the company and period never meet', () => {
    const index = buildIndex(syntheticDataset())
    // Company B has facts only in 2023-Q4 and undated.
    expect(filterFacts(index, { companies: ['b'], periods: ['2024-Q1'] })).toEqual([])
  })
})

describe('unknownReferences', () => {
  it('reports nothing for known or absent references', () => {
    const fact = real.facts[0].id
    const article = real.dataset.articles[0].id
    expect(unknownReferences(real, { fact, article })).toEqual([])
    expect(unknownReferences(real, { fact: null, article: null })).toEqual([])
  })

  it('reports an unknown fact and an unknown article', () => {
    expect(unknownReferences(real, { fact: 'no-such-fact', article: null })).toEqual([
      { key: 'fact', value: 'no-such-fact' },
    ])
    expect(unknownReferences(real, { fact: real.facts[0].id, article: 'no-such-article' })).toEqual([
      { key: 'article', value: 'no-such-article' },
    ])
    expect(unknownReferences(real, { fact: 'x', article: 'y' })).toEqual([
      { key: 'fact', value: 'x' },
      { key: 'article', value: 'y' },
    ])
  })

  it('does not take an article id for a fact id or the reverse', () => {
    const article = real.dataset.articles[0].id
    const fact = real.facts[0].id
    expect(unknownReferences(real, { fact: article, article: fact })).toEqual([
      { key: 'fact', value: article },
      { key: 'article', value: fact },
    ])
  })
})
