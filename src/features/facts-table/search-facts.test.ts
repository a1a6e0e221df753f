import { beforeAll, describe, expect, it } from 'vitest'

import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts'
import { METRICS } from '../../domain/schema.ts'
import { formatPeriod, formatValue } from '../../domain/format-fact.ts'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'
import { explainSearch, factSearchText, foldForSearch, searchExplanation, searchFacts } from './search-facts.ts'
import { stated, synthetic, type ArticleMetaSpec, type Spec } from './synthetic-index.test-support.ts'

let real: DatasetIndex

beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})

const SEARCH_SPECS: Spec[] = [
  {
    id: 's0',
    label: 'Alpha headline',
    company: 'company-x1',
    metric: 'open_positions',
    period: null,
    value: stated(1234),
    source: 'Omega Research',
    articles: ['000_aaaa'],
  },
  {
    id: 's1',
    label: 'Second item',
    company: 'company-x2',
    metric: 'operating_profit',
    period: null,
    value: { kind: 'stated', amount: 7.2e9, unit: 'USD' },
    source: 'Sigma Wire',
    articles: ['000_aaaa'],
  },
  {
    id: 's2',
    label: 'Third item',
    company: 'company-x2',
    metric: 'layoffs',
    period: null,
    value: { kind: 'vague', unit: 'people', words: ['several hundred'] },
    source: 'Omega Research',
    articles: ['001_bbbb'],
  },
]

const searchIn = (specs: Spec[], meta: ArticleMetaSpec = {}) => {
  const index = synthetic(specs, meta)
  return (query: string) => searchFacts(index, index.facts, query).map((f) => f.id)
}

describe('searchFacts', () => {
  const search = searchIn(SEARCH_SPECS)

  it('keeps every fact for an empty or blank query', () => {
    expect(search('')).toEqual(['s0', 's1', 's2'])
    expect(search('   \t ')).toEqual(['s0', 's1', 's2'])
  })

  it('matches the label, ignoring case', () => {
    expect(search('ALPHA')).toEqual(['s0'])
    expect(search('item')).toEqual(['s1', 's2'])
  })

  it('matches the company name but not its id', () => {
    expect(search('zeta')).toEqual(['s0'])
    expect(search('beta holdings')).toEqual(['s1', 's2'])
    expect(search('x1')).toEqual([])
  })

  it('matches the value as the page formats it', () => {
    const [s0, s1, s2] = SEARCH_SPECS.map((s) => formatValue(s.value))
    expect(search(s0)).toEqual(['s0'])
    expect(search(s1.toLowerCase())).toEqual(['s1'])
    expect(search(s2.split(' ')[1])).toEqual(['s2'])
    // The raw amount is not what the page shows.
    expect(search('7200000000')).toEqual([])
  })

  it('matches the source', () => {
    expect(search('omega')).toEqual(['s0', 's2'])
    expect(search('Sigma WIRE')).toEqual(['s1'])
  })

  it('matches the metric in words', () => {
    expect(search('open positions')).toEqual(['s0'])
    expect(search('operating profit')).toEqual(['s1'])
    expect(search('layoffs')).toEqual(['s2'])
  })

  it('needs every word, in any order and from any field', () => {
    expect(search('omega third')).toEqual(['s2'])
    expect(search('research  alpha   zeta')).toEqual(['s0'])
    expect(search('omega sigma')).toEqual([])
    expect(search('alpha nowhere')).toEqual([])
  })

  it.each(METRICS)('finds facts by the metric %s in words', (metric) => {
    const index = synthetic([{ ...SEARCH_SPECS[0], metric }])
    const words = metric.split('_').join(' ')
    expect(searchFacts(index, index.facts, words).map((f) => f.id)).toEqual(['s0'])
  })
})

describe('searchFacts, the period', () => {
  const base = SEARCH_SPECS[0]
  const search = searchIn([
    { ...base, id: 'quarter', period: '2023-Q4' },
    { ...base, id: 'month', period: '2023-12' },
    { ...base, id: 'day', period: '2024-04-03', inferred: true },
    { ...base, id: 'words', period: null, periodWords: 'in prior years' },
    { ...base, id: 'march', period: '2023-03' },
  ])

  it('matches the year, as shown in every form', () => {
    expect(search('2023')).toEqual(['quarter', 'month', 'march'])
    expect(search('2024')).toEqual(['day'])
  })

  it('matches the quarter, in either case, also for months and days inside it', () => {
    expect(search('q4')).toEqual(['quarter', 'month'])
    expect(search('Q4')).toEqual(['quarter', 'month'])
    expect(search('Q4 2023')).toEqual(['quarter', 'month'])
    expect(search('2024-q2')).toEqual(['day'])
  })

  it('matches the month as shown ("Dec") and in full ("April")', () => {
    expect(search('Dec')).toEqual(['month'])
    expect(search('december 2023')).toEqual(['month'])
    expect(search('april')).toEqual(['day'])
    expect(search('3 apr 2024')).toEqual(['day'])
  })

  it('matches the ISO form', () => {
    expect(search('2023-12')).toEqual(['month'])
    expect(search('2024-04-03')).toEqual(['day'])
  })

  it('matches the period’s own words and what the page says of an inferred date', () => {
    expect(search('prior')).toEqual(['words'])
    expect(search('about')).toEqual(['day'])
    expect(search('undated')).toEqual(['words'])
  })
})

describe('searchFacts, the value’s kind and the articles', () => {
  const base = SEARCH_SPECS[0]
  const search = searchIn(
    [
      { ...base, id: 'one', articles: ['000_aaaa'] },
      {
        ...base,
        id: 'two',
        articles: ['001_bbbb', '002_cccc'],
        value: { kind: 'bound', amount: 5, unit: 'days', words: 'at least' },
      },
      { ...base, id: 'all', articles: ['000_aaaa', '001_bbbb', '002_cccc'] },
      { ...base, id: 'sum', articles: [], value: { kind: 'derived', amount: 2, unit: 'people', formula: '1 + 1' } },
    ],
    {
      '000_aaaa': { title: 'Quarterly roundup' },
      '001_bbbb': { publisher: 'Daily Planet', title: 'Layoffs at the Kryptonite works' },
    },
  )

  it('matches the kind of value the table marks', () => {
    expect(search('lower bound')).toEqual(['two'])
  })

  it('matches “derived”, which the Articles column shows for a computed value', () => {
    expect(search('derived')).toEqual(['sum'])
  })

  it('matches the articles by the names readers see: label, publisher and title', () => {
    expect(search('quarterly roundup')).toEqual(['one', 'all'])
    expect(search('daily planet')).toEqual(['two', 'all'])
    expect(search('kryptonite')).toEqual(['two', 'all'])
  })
})

describe('searchFacts, folding case, accents and quotes', () => {
  const base = SEARCH_SPECS[0]
  const search = searchIn([
    { ...base, id: 'accented', label: 'Café résumé' },
    { ...base, id: 'plain', label: 'Naive reader' },
    { ...base, id: 'curly', label: 'Amazon’s cuts' },
  ])

  it('ignores accents in the rows and in the query', () => {
    expect(search('cafe resume')).toEqual(['accented'])
    expect(search('CAFÉ')).toEqual(['accented'])
    expect(search('naïve')).toEqual(['plain'])
  })

  it('reads typographic and typed apostrophes as one', () => {
    expect(search("amazon's")).toEqual(['curly'])
    expect(search('amazon’s')).toEqual(['curly'])
  })

  it('folds to lower case without accents or curly quotes', () => {
    expect(foldForSearch('Ärger “É” ’s')).toBe('arger "e" \'s')
  })
})

describe('searchFacts, on the real dataset', () => {
  const found = (q: string) => searchFacts(real, real.facts, q).map((x) => x.id)

  it('finds each real fact by its label, company name, value, period, source and metric', () => {
    for (const f of real.facts) {
      expect(found(f.label.toUpperCase()), f.id).toContain(f.id)
      expect(found(real.companyById.get(f.company)!.name), f.id).toContain(f.id)
      expect(found(formatValue(f.value)), f.id).toContain(f.id)
      expect(found(formatPeriod(f.period)), f.id).toContain(f.id)
      expect(found(f.source), f.id).toContain(f.id)
      expect(found(f.metric.split('_').join(' ')), f.id).toContain(f.id)
    }
  })

  it.each([
    ['2023', (v: string | null) => v?.startsWith('2023')],
    ['q4', (v: string | null) => /^\d{4}-(Q4|1[0-2])/.test(v ?? '')],
    ['Dec', (v: string | null) => /^\d{4}-12/.test(v ?? '')],
    ['april', (v: string | null) => /^\d{4}-04/.test(v ?? '')],
  ])('“%s” finds every fact dated then, and others only where their row says it', (query, dated) => {
    const expected = real.facts.filter((f) => dated(f.period.value)).map((f) => f.id)
    expect(expected.length).toBeGreaterThan(0)
    const ids = found(query)
    expect(ids).toEqual(expect.arrayContaining(expected))
    // "Dec" also finds "decline": a row found for its words, not its date, shows those words.
    for (const id of ids.filter((x) => !expected.includes(x))) {
      expect(foldForSearch(factSearchText(real, real.factById.get(id)!)), id).toContain(foldForSearch(query))
      expect(formatPeriod(real.factById.get(id)!.period).toLowerCase(), id).not.toContain(query.toLowerCase())
    }
  })

  it('“prior” finds the waves the articles place “in prior years”', () => {
    const expected = real.facts.filter((f) => f.period.words?.includes('prior')).map((f) => f.id)
    expect(expected.length).toBeGreaterThan(0)
    const ids = found('prior')
    expect(ids).toEqual(expect.arrayContaining(expected))
    // A claim in the articles' words ("strategy and priorities") is found for those words, not its date.
    for (const id of ids.filter((x) => !expected.includes(x))) {
      expect(factSearchText(real, real.factById.get(id)!), id).toContain('priorities')
    }
  })

  it.each(['grew', 'Azure growth', 'fastest', 'increase', 'increased'])(
    '“%s” finds the changes in market share the articles state in words',
    (query) => {
      const changes = real.facts.filter((f) => f.metric === 'trend' && f.label.includes('share')).map((f) => f.id)
      const rising = changes.filter((id) => !id.includes('aws'))
      const ids = found(query)
      expect(ids).toEqual(expect.arrayContaining(query.startsWith('Azure') ? rising.slice(0, 1) : rising))
      if (query.startsWith('Azure')) expect(ids).not.toContain(rising[1])
    },
  )

  it('says which forms of each word it matched', () => {
    const matches = explainSearch(real, searchFacts(real, real.facts, 'grew increase'), 'grew increase')
    expect(matches[0]).toMatchObject({ word: 'grew' })
    expect(matches[0].forms).toContain('growth')
    expect(matches[1].forms).toContain('increasing')
    expect(searchExplanation(matches)).toMatch(/^Matched “grew” as .*“growth”.*; “increase” as .*“increasing”/)
    expect(searchExplanation(explainSearch(real, real.facts, 'aws'))).toBe('')
  })

  it('keeps the order it is given', () => {
    const reversed = [...real.facts].reverse()
    const result = searchFacts(real, reversed, 'aws')
    expect(result.length).toBeGreaterThan(1)
    expect(result).toEqual(reversed.filter((f) => result.includes(f)))
  })
})
