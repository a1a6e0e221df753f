import { beforeAll, describe, expect, it } from 'vitest'

import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { EvidenceIndex } from '../../domain/evidence-index.ts'
import { citationRole } from '../../domain/kinds.ts'
import { METRICS, type Fact } from '../../domain/schema.ts'
import { formatPeriod, formatValue } from '../../domain/format-fact.ts'
import { loadRealQuotedDataset } from '../../domain/real-dataset.test-support.ts'
import { explainSearch, parseQuery, searchExplanation, searchFacts } from './search-facts.ts'
import { buildSearchIndex, searchFields, TIER, type SearchIndex } from './search-index.ts'
import { foldForSearch } from './search-text.ts'
import { SYNONYMS } from './synonyms.ts'
import { stated, syntheticQuoted, type ArticleMetaSpec, type Spec } from './synthetic-index.test-support.ts'

let real: { index: DatasetIndex; evidence: EvidenceIndex; search: SearchIndex }

beforeAll(async () => {
  const { index, evidence } = await loadRealQuotedDataset()
  real = { index, evidence, search: await buildSearchIndex(index, evidence) }
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
    metric: 'profit',
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
const base = SEARCH_SPECS[0]

/** A search over hand-made facts, their quotes read unless `withQuotes` is false: ids found, best first with `rank`. */
async function searchIn(specs: Spec[], meta: ArticleMetaSpec = {}, withQuotes = true) {
  const { index, evidence } = syntheticQuoted(specs, meta)
  const search = await buildSearchIndex(index, withQuotes ? evidence : null)
  const find = (query: string, rank = false) => searchFacts(search, index.facts, query, rank).map((f) => f.id)
  const explain = (query: string) =>
    searchExplanation(explainSearch(search, searchFacts(search, index.facts, query), query))
  return Object.assign(find, { explain })
}

/** The same, built before the tests of the block that calls it. */
function searchBeforeAll(...args: Parameters<typeof searchIn>) {
  let search: Awaited<ReturnType<typeof searchIn>>
  beforeAll(async () => {
    search = await searchIn(...args)
  })
  return Object.assign((query: string, rank = false) => search(query, rank), {
    explain: (query: string) => search.explain(query),
  })
}

describe('searchFacts', () => {
  const search = searchBeforeAll(SEARCH_SPECS)

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
    expect(search('profit')).toEqual(['s1'])
    expect(search('layoffs')).toEqual(['s2'])
  })

  it('needs every word, in any order and from any field', () => {
    expect(search('omega third')).toEqual(['s2'])
    expect(search('research  alpha   zeta')).toEqual(['s0'])
    expect(search('omega sigma')).toEqual([])
    expect(search('alpha nowhere')).toEqual([])
  })

  it.each(METRICS)('finds facts by the metric %s in words', async (metric) => {
    const find = await searchIn([{ ...base, metric }])
    expect(find(metric.split('_').join(' '))).toEqual(['s0'])
  })
})

describe('searchFacts, the period', () => {
  const search = searchBeforeAll([
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

  it.each(['fourth quarter', '4th quarter', 'Fourth Quarter 2023', 'fourth', 'q4 2023'])(
    'reads “%s” as the fourth quarter',
    (query) => {
      expect(search(query)).toEqual(['quarter', 'month'])
    },
  )

  it('matches the month as shown ("Dec") and in full ("April")', () => {
    expect(search('Dec')).toEqual(['month'])
    expect(search('december 2023')).toEqual(['month'])
    expect(search('april')).toEqual(['day'])
    expect(search('3 apr 2024')).toEqual(['day'])
    expect(search('second quarter')).toEqual(['day'])
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

  it('says which periods a quarter in words matched', () => {
    expect(search.explain('fourth quarter')).toBe('Matched “fourth quarter” as “Dec 2023” and “Q4 2023”.')
    // "Q4 2023" is what was typed: nothing to explain.
    expect(search.explain('q4')).toBe('Matched “q4” as “Dec 2023”.')
  })
})

describe('searchFacts, numbers and units in words', () => {
  const search = searchBeforeAll([
    { ...base, id: 'revenue', value: { kind: 'stated', amount: 24.2e9, unit: 'USD' } },
    { ...base, id: 'deal', value: { kind: 'stated', amount: 350e6, unit: 'USD' } },
    { ...base, id: 'jobs', value: stated(9000) },
    { ...base, id: 'staff', value: { kind: 'approximate', amount: 60000, unit: 'people', words: 'around' } },
    { ...base, id: 'few', value: stated(60) },
    { ...base, id: 'share', value: { kind: 'stated', amount: 31, unit: 'percent' } },
    { ...base, id: 'range', value: { kind: 'derived-range', min: 0.3, max: 1.7, unit: 'percent', formula: 'x' } },
  ])

  it.each(['billion', '$24.2 billion', '24.2 billion', '24.2bn', '$24.2bn', '24.2B', '$24.2B'])(
    '“%s” finds $24.2B',
    (query) => {
      expect(search(query)).toEqual(['revenue'])
    },
  )

  it.each(['million', '$350 million', '350m', '$350m'])('“%s” finds $350M and not $24.2B', (query) => {
    expect(search(query)).toEqual(['deal'])
  })

  it('“thousand” finds the counts in thousands, as the page writes them or not', () => {
    expect(search('thousand')).toEqual(['jobs', 'staff'])
    expect(search('9 thousand')).toEqual(['jobs'])
    expect(search('9k')).toEqual(['jobs'])
    expect(search('9000')).toEqual(['jobs'])
    expect(search('9,000')).toEqual(['jobs'])
    expect(search('60 thousand')).toEqual(['staff'])
  })

  it.each(['percent', 'per cent', 'percentage', 'pct'])('“%s” finds every percentage', (query) => {
    expect(search(query)).toEqual(['share', 'range'])
  })

  it('a number with its unit in words finds that value, a range by either end', () => {
    expect(search('31 percent')).toEqual(['share'])
    expect(search('31 per cent')).toEqual(['share'])
    expect(search('1.7 percent')).toEqual(['range'])
    expect(search('dollars')).toEqual(['revenue', 'deal'])
  })

  it('says which values a number in words matched', () => {
    expect(search.explain('billion')).toBe('Matched “billion” as “$24.2B”.')
    expect(search.explain('thousand')).toBe('Matched “thousand” as “9,000” and “around 60,000”.')
  })
})

describe('searchFacts, synonyms', () => {
  const search = searchBeforeAll(
    [
      { ...base, id: 'wave', label: 'Job cuts at the works', metric: 'layoffs' },
      { ...base, id: 'quoted', label: 'Something else', quote: 'The firm plans to lay off hundreds of staff.' },
      { ...base, id: 'sales', label: 'Quarterly sales', metric: 'revenue', value: stated(5) },
      { ...base, id: 'earnings', label: 'Earnings of the year', metric: 'profit', value: stated(6) },
      { ...base, id: 'headline', label: 'Market share', metric: 'market_share', articles: ['001_bbbb'] },
    ],
    { '001_bbbb': { title: 'Redundancies and layoffs at the works' } },
  )

  it.each(SYNONYMS[0])('“%s” finds the job cuts, in a label or in a quote', (query) => {
    expect(search(query)).toEqual(['wave', 'quoted'])
  })

  it('reads a phrase of the list as one term, whatever else the query says', () => {
    expect(parseQuery('laid off in the fourth quarter').map((t) => t.typed)).toEqual([
      'laid off',
      'in',
      'the',
      'fourth quarter',
    ])
    expect(search('laid off works')).toEqual(['wave'])
  })

  it('finds revenue as sales and profit as earnings, both ways', () => {
    expect(search('revenue')).toEqual(['sales'])
    expect(search('sales')).toEqual(['sales'])
    expect(search('profit')).toEqual(['earnings'])
    expect(search('earnings')).toEqual(['earnings'])
  })

  it('a topic in an article’s headline does not make its facts about it; other words of the headline do', () => {
    expect(search('layoffs')).not.toContain('headline')
    expect(search('redundancies')).not.toContain('headline')
    expect(search('works')).toEqual(['wave', 'headline'])
  })

  it('says which words it read for a synonym', () => {
    // The label's “job cuts”, the quote's “lay off”, the metric's “layoffs”.
    expect(search.explain('fired')).toBe('Matched “fired” as “cuts”, “job cuts”, “lay off”, and “layoffs”.')
  })
})

describe('searchFacts, the value’s kind and the articles', () => {
  const search = searchBeforeAll(
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
      { ...base, id: 'dated', articles: ['001_bbbb'], role: 'date', quote: 'It was in the spring.' },
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

  it('matches the articles that state a value by their title and publisher', () => {
    expect(search('quarterly roundup')).toEqual(['one', 'all'])
    expect(search('daily planet')).toEqual(['two', 'all'])
    expect(search('kryptonite')).toEqual(['two', 'all'])
  })

  it('does not lend a fact the name of an article that only dates it', () => {
    expect(search('daily planet')).not.toContain('dated')
    expect(search('spring')).toEqual(['dated'])
  })
})

describe('searchFacts, the quotes', () => {
  const specs: Spec[] = [
    { ...base, id: 'plain', label: 'Open roles' },
    { ...base, id: 'quoted', label: 'Open roles', quote: 'Recruiters say the Anthropic deal moved the needle.' },
  ]

  it('finds a fact by the words of its quotes', async () => {
    const search = await searchIn(specs)
    expect(search('anthropic needle')).toEqual(['quoted'])
  })

  it('searches what the table shows when the quotes could not be read', async () => {
    const search = await searchIn(specs, {}, false)
    expect(search('anthropic')).toEqual([])
    expect(search('open roles')).toEqual(['plain', 'quoted'])
  })
})

describe('searchFacts, ranked by where the words matched', () => {
  // Given in the reverse of the order they rank in, so ranking has to move each one.
  const search = searchBeforeAll(
    [
      { ...base, id: 'by-article', label: 'Nothing', articles: ['002_cccc'] },
      { ...base, id: 'by-source', label: 'Nothing', source: 'Falcon Research' },
      { ...base, id: 'by-quote', label: 'Nothing', quote: 'A falcon was seen over the works.' },
      { ...base, id: 'by-synonym', label: 'Raptor counts', metric: 'headcount' },
      { ...base, id: 'by-label', label: 'Falcon staff counts', metric: 'open_positions' },
    ],
    { '002_cccc': { title: 'Falcon watch' } },
  )

  it('label and value first, then quotes, then period, company and producer, then article names', () => {
    expect(search('falcon', true)).toEqual(['by-label', 'by-quote', 'by-source', 'by-article'])
  })

  it('in one place, the word typed before its synonym', () => {
    expect(search('staff counts', true)).toEqual(['by-label', 'by-synonym'])
    expect(search('headcount counts', true)).toEqual(['by-synonym', 'by-label'])
  })

  it('among equal best matches, a fact that matches in more places first', async () => {
    const find = await searchIn([
      { ...base, id: 'quote-only', period: '2023-Q3', quote: 'Profits rose in the third and fourth quarters.' },
      { ...base, id: 'quote-and-period', period: '2023-Q4', quote: 'Profits rose in the fourth quarter.' },
    ])
    expect(find('fourth quarter', true)).toEqual(['quote-and-period', 'quote-only'])
  })

  it('without ranking, keeps the order it is given', () => {
    expect(search('falcon')).toEqual(['by-article', 'by-source', 'by-quote', 'by-label'])
  })
})

describe('searchFacts, folding case, accents and quotes', () => {
  const search = searchBeforeAll([
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
    expect(foldForSearch('Plain ASCII Text')).toBe('plain ascii text')
  })
})

describe('searchFacts, on the real dataset', () => {
  const found = (q: string, rank = false) => searchFacts(real.search, real.index.facts, q, rank).map((x) => x.id)
  const facts = () => real.index.facts
  const quotesOf = (f: Fact) => real.evidence.citationsOf(f.id).map((c) => c.quote)
  /** Everything the search reads for a fact, folded; `upTo` leaves out weaker tiers. */
  const textOf = (f: Fact, upTo: number = TIER.articleNames) =>
    foldForSearch(
      searchFields(real.index, f, quotesOf(f))
        .filter((field) => field.tier <= upTo)
        .map((field) => field.text)
        .join('\n'),
    )
  const byId = (id: string) => real.index.factById.get(id)!

  it('finds each real fact by its label, company name, value, period, source and metric', () => {
    for (const f of facts()) {
      expect(found(f.label.toUpperCase()), f.id).toContain(f.id)
      expect(found(real.index.companyById.get(f.company)!.name), f.id).toContain(f.id)
      expect(found(formatValue(f.value)), f.id).toContain(f.id)
      expect(found(formatPeriod(f.period)), f.id).toContain(f.id)
      expect(found(f.source), f.id).toContain(f.id)
      expect(found(f.metric.split('_').join(' ')), f.id).toContain(f.id)
    }
  })

  it('finds each real fact by each of its quotes', () => {
    for (const f of facts()) for (const quote of quotesOf(f)) expect(found(quote), `${f.id}: ${quote}`).toContain(f.id)
  })

  it.each([
    ['2023', (v: string | null) => v?.startsWith('2023'), []],
    ['q4', (v: string | null) => /^\d{4}-(Q4|1[0-2])/.test(v ?? ''), ['fourth quarter']],
    ['fourth quarter', (v: string | null) => /^\d{4}-(Q4|1[0-2])/.test(v ?? ''), []],
    ['Dec', (v: string | null) => /^\d{4}-12/.test(v ?? ''), []],
    ['april', (v: string | null) => /^\d{4}-04/.test(v ?? ''), []],
  ])('“%s” finds every fact dated then, and others only where their words say it', (query, dated, synonyms) => {
    const expected = facts()
      .filter((f) => dated(f.period.value))
      .map((f) => f.id)
    expect(expected.length).toBeGreaterThan(0)
    const ids = found(query)
    expect(ids).toEqual(expect.arrayContaining(expected))
    // "Dec" also finds "decline", "q4" the “third and fourth quarters”: a row found for its words, not its date, has them.
    for (const id of ids.filter((x) => !expected.includes(x))) {
      const text = textOf(byId(id))
      expect(
        [query, ...synonyms].some((q) => text.includes(foldForSearch(q))),
        id,
      ).toBe(true)
      expect(formatPeriod(byId(id).period).toLowerCase(), id).not.toContain(query.toLowerCase())
    }
  })

  it('“fourth quarter” ranks a fourth-quarter fact whose quote says so before another quarter’s that quotes it', () => {
    const ids = found('fourth quarter', true)
    const inQ4 = (f: Fact) => /^\d{4}-(Q4|1[0-2])/.test(f.period.value ?? '')
    const quoted = facts().filter((f) => quotesOf(f).some((q) => foldForSearch(q).includes('fourth quarter')))
    const [dated, other] = [quoted.filter(inQ4), quoted.filter((f) => !inQ4(f))]
    expect(dated.length).toBeGreaterThan(0)
    expect(other.length).toBeGreaterThan(0)
    for (const f of other)
      for (const d of dated) expect(ids.indexOf(d.id), `${d.id} before ${f.id}`).toBeLessThan(ids.indexOf(f.id))
  })

  it('“prior” finds the waves the articles place “in prior years”', () => {
    const expected = facts()
      .filter((f) => f.period.words?.includes('prior'))
      .map((f) => f.id)
    expect(expected.length).toBeGreaterThan(0)
    const ids = found('prior')
    expect(ids).toEqual(expect.arrayContaining(expected))
    // A claim or quote found for its words ("priorities", "prioritize"), not its date.
    for (const id of ids.filter((x) => !expected.includes(x))) expect(textOf(byId(id)), id).toMatch(/\bpriorit/)
  })

  it('“billion” finds every dollar amount of a billion or more, before any fact that has it only in a quote', () => {
    const billions = facts()
      .filter((f) => f.value.unit === 'USD' && 'amount' in f.value && f.value.amount >= 1e9)
      .map((f) => f.id)
    expect(billions.length).toBeGreaterThan(0)
    const ids = found('billion', true)
    expect(ids.slice(0, billions.length).sort()).toEqual([...billions].sort())
    for (const id of ids.slice(billions.length)) expect(textOf(byId(id), TIER.quotes)).toContain('billion')
  })

  it('each dollar amount is found as the articles write it: “$N billion” and “$Nbn”', () => {
    for (const f of facts().filter((x) => x.value.unit === 'USD' && 'amount' in x.value && x.value.amount >= 1e9)) {
      const n = ('amount' in f.value ? f.value.amount : 0) / 1e9
      expect(found(`$${n} billion`), f.id).toContain(f.id)
      expect(found(`${n}bn`), f.id).toContain(f.id)
    }
  })

  it('“thousand” finds every count in thousands and the articles’ “thousands”', () => {
    const counts = facts().filter(
      (f) => (f.value.unit === 'people' || f.value.unit === 'positions') && 'amount' in f.value,
    )
    const thousands = counts.filter((f) => 'amount' in f.value && f.value.amount >= 1e3 && f.value.amount < 1e6)
    const vague = facts().filter((f) => f.value.kind === 'vague' && f.value.words.includes('thousands'))
    expect(thousands.length).toBeGreaterThan(0)
    expect(vague.length).toBeGreaterThan(0)
    expect(found('thousand')).toEqual(expect.arrayContaining([...thousands, ...vague].map((f) => f.id)))
    const fewer = counts.filter((f) => 'amount' in f.value && f.value.amount < 1e3)
    for (const f of fewer) expect(found('thousand'), f.id).not.toContain(f.id)
  })

  it.each(['percent', 'per cent'])('“%s” finds every percentage', (query) => {
    const percentages = facts()
      .filter((f) => f.value.unit === 'percent')
      .map((f) => f.id)
    expect(percentages.length).toBeGreaterThan(0)
    expect(found(query)).toEqual(expect.arrayContaining(percentages))
  })

  const LAYOFF_METRICS: readonly string[] = ['layoffs', 'layoffs_share']
  const MONEY_AND_MARKET_METRICS: readonly string[] = ['market_share', 'revenue', 'profit', 'spending', 'investment']

  it.each(SYNONYMS[0])(
    '“%s” finds every layoff count, ahead of facts only quoted on it, and no share, revenue, profit, spending or investment',
    async (query) => {
      const layoffs = facts()
        .filter((f) => LAYOFF_METRICS.includes(f.metric))
        .map((f) => f.id)
      expect(layoffs.length).toBeGreaterThan(0)
      const ids = found(query, true)
      expect(ids).toEqual(expect.arrayContaining(layoffs))
      const withoutQuotes = searchFacts(await buildSearchIndex(real.index, null), facts(), query).map((f) => f.id)
      const onlyQuoted = ids.filter((id) => !withoutQuotes.includes(id))
      expect(onlyQuoted.length).toBeGreaterThan(0)
      expect(Math.max(...layoffs.map((id) => ids.indexOf(id)))).toBeLessThan(
        Math.min(...onlyQuoted.map((id) => ids.indexOf(id))),
      )
      for (const id of ids) expect(MONEY_AND_MARKET_METRICS, id).not.toContain(byId(id).metric)
      // Every word of the group finds the same facts.
      expect([...ids].sort()).toEqual([...found('job cuts')].sort())
    },
  )

  it('an article’s publisher finds the facts whose value it states, not those it only dates or details', () => {
    for (const article of real.index.dataset.articles.filter((a) => a.publisher)) {
      const states = facts().filter((f) =>
        f.citations.some((c) => c.article === article.id && citationRole(c) === 'value'),
      )
      const onlyOtherwise = facts().filter(
        (f) => f.citations.some((c) => c.article === article.id) && !states.includes(f),
      )
      const ids = found(article.publisher!)
      expect(ids, article.publisher!).toEqual(expect.arrayContaining(states.map((f) => f.id)))
      for (const f of onlyOtherwise) {
        // Found only where the fact's own words name the publisher (a source credited to it).
        if (ids.includes(f.id)) expect(textOf(f, TIER.context), f.id).toContain(foldForSearch(article.publisher!))
      }
    }
    // The data has such a fact: a derived share that quotes one article for a detail only.
    expect(facts().some((f) => f.citations.length && f.citations.every((c) => citationRole(c) !== 'value'))).toBe(true)
  })

  it('“Azure growth” ranks the change in Azure’s share first; Google Cloud’s, whose quote names Azure, after it', () => {
    const changes = facts().filter((f) => f.metric === 'trend' && f.label.includes('share'))
    const azure = changes.find((f) => f.company === 'azure')!
    const google = changes.find((f) => f.company === 'google-cloud')!
    const ids = found('Azure growth', true)
    expect(ids[0]).toBe(azure.id)
    expect(ids.indexOf(google.id)).toBeGreaterThan(0)
  })

  it.each(['grew', 'fastest', 'increase', 'increased'])(
    '“%s” finds the rises in market share the articles state in words',
    (query) => {
      const rising = facts()
        .filter((f) => f.metric === 'trend' && f.label.includes('share') && f.company !== 'aws')
        .map((f) => f.id)
      expect(rising.length).toBeGreaterThan(0)
      expect(found(query)).toEqual(expect.arrayContaining(rising))
    },
  )

  it('says which forms of each word it matched', () => {
    const matches = explainSearch(real.search, searchFacts(real.search, facts(), 'grew increase'), 'grew increase')
    expect(matches[0]).toMatchObject({ word: 'grew' })
    expect(matches[0].forms).toContain('growth')
    expect(matches[1].forms).toContain('increasing')
    expect(searchExplanation(matches)).toMatch(/^Matched “grew” as .*“growth”.*; “increase” as .*“increasing”/)
    expect(searchExplanation(explainSearch(real.search, facts(), 'aws'))).toBe('')
  })

  it('names the values a number in words matched, as the table shows them', () => {
    const billions = facts().filter((f) => f.value.unit === 'USD' && 'amount' in f.value && f.value.amount >= 1e9)
    const [explained] = explainSearch(real.search, searchFacts(real.search, facts(), 'billion'), 'billion')
    expect(explained.forms).toEqual(expect.arrayContaining(billions.map((f) => formatValue(f.value))))
  })

  it('keeps the order it is given unless asked to rank', () => {
    const reversed = [...facts()].reverse()
    const result = searchFacts(real.search, reversed, 'aws')
    expect(result.length).toBeGreaterThan(1)
    expect(result).toEqual(reversed.filter((f) => result.includes(f)))
  })
})

describe('searchExplanation', () => {
  it('names up to four forms, and counts the rest', () => {
    expect(searchExplanation([{ word: 'grew', forms: ['growing'] }])).toBe('Matched “grew” as “growing”.')
    expect(searchExplanation([{ word: 'fired', forms: ['a', 'b', 'c', 'd', 'e', 'f'] }])).toBe(
      'Matched “fired” as “a”, “b”, “c”, and 3 more.',
    )
    expect(searchExplanation([{ word: 'aws', forms: [] }])).toBe('')
  })
})
