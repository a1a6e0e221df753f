import { beforeAll, describe, expect, it } from 'vitest'
import { buildIndex, type DatasetIndex } from '../dataset/dataset-index'
import { Dataset, type Article, type Fact, type FactValue } from '../dataset/schema'
import { loadRealDataset } from '../export/real-dataset.test-support'
import { selectMarketShare } from './market-share/select'
import { sourceLine } from './source-line'

const ARTICLES: { id: string; publisher: string | null }[] = [
  { id: '002_cccc', publisher: 'Computer Weekly' },
  { id: '000_aaaa', publisher: null },
  { id: '003_dddd', publisher: 'Quartz' },
  { id: '001_bbbb', publisher: null },
]

const quoteOf = (factId: string) => `The article reports ${factId} at 42 people.`

/** Facts with the given sources, each quoted from the given articles; derived ones quote nothing. */
function indexOf(specs: { id: string; source: string; articles?: string[]; derived?: boolean }[]): DatasetIndex {
  const articles: Article[] = ARTICLES.map((a) => ({
    ...a,
    title: null,
    author: null,
    date: { value: '2024-04-03', inferred: false, basis: 'test' },
    text: specs
      .filter((s) => s.articles?.includes(a.id))
      .map((s) => quoteOf(s.id))
      .join(' ')
      .padEnd(1, '-'),
  }))
  const facts: Fact[] = specs.map((s) => {
    const value: FactValue = s.derived
      ? { kind: 'derived', amount: 84, unit: 'people', formula: `2 * {${specs[0].id}}` }
      : { kind: 'stated', amount: 42, unit: 'people' }
    return {
      id: s.id,
      label: `Label of ${s.id}`,
      metric: 'headcount',
      company: 'acme',
      period: { value: '2024-Q1', inferred: false },
      value,
      source: s.source,
      inputs: s.derived ? [specs[0].id] : [],
      citations: (s.articles ?? []).map((id) => {
        const text = articles.find((a) => a.id === id)!.text
        const quote = quoteOf(s.id)
        const start = text.indexOf(quote)
        const at = start + quote.indexOf('42')
        return { article: id, quote, start, end: start + quote.length, highlight: { start: at, end: at + 2 } }
      }),
    }
  })
  return buildIndex(Dataset.parse({ schemaVersion: 1, companies: [{ id: 'acme', name: 'Acme' }], articles, facts }))
}

const nameOf = (id: string) => {
  const a = ARTICLES.find((x) => x.id === id)!
  return a.publisher ?? `Article ${id.slice(0, 3)} (publisher not named)`
}

describe('sourceLine', () => {
  it('lists each producer once, in the order the facts give them', () => {
    const index = indexOf([
      { id: 'f1', source: 'Synergy Research Group', articles: ['000_aaaa'] },
      { id: 'f2', source: "Amazon's quarterly results", articles: ['000_aaaa'] },
      { id: 'f3', source: 'Synergy Research Group', articles: ['000_aaaa'] },
    ])
    const line = sourceLine(index, index.facts)
    expect(line).toBe(`Source: Synergy Research Group; Amazon's quarterly results. Reported in ${nameOf('000_aaaa')}.`)
    expect(line.split('Synergy Research Group')).toHaveLength(2)
  })

  it('leaves out producers the articles do not name, whatever their case', () => {
    const index = indexOf([
      { id: 'f1', source: 'Not named in the article', articles: ['003_dddd'] },
      { id: 'f2', source: 'The Information', articles: ['003_dddd'] },
      { id: 'f3', source: 'not named; the same paragraph cites Synergy Research Group', articles: ['003_dddd'] },
    ])
    const line = sourceLine(index, index.facts)
    expect(line).toBe(`Source: The Information. Reported in ${nameOf('003_dddd')}.`)
    expect(line).not.toMatch(/not named/i)
  })

  it('says nothing of producers when none is named', () => {
    const index = indexOf([{ id: 'f1', source: 'Not named in the articles', articles: ['002_cccc'] }])
    expect(sourceLine(index, index.facts)).toBe(`Reported in ${nameOf('002_cccc')}.`)
  })

  it('adds the dashed-outline sentence for derived facts and does not take them for producers', () => {
    const index = indexOf([
      { id: 'f1', source: 'AWS', articles: ['003_dddd'] },
      { id: 'f2', source: 'Derived from AWS figures', derived: true },
    ])
    const line = sourceLine(index, index.facts)
    expect(line).toBe(`Source: AWS. Reported in ${nameOf('003_dddd')}. Dashed outlines mark derived values.`)
    expect(
      sourceLine(
        index,
        index.facts.filter((f) => f.value.kind !== 'derived'),
      ),
    ).not.toMatch(/Dashed/)
  })

  it('names each article once, by publisher or by number, sorted by id', () => {
    const cited = ['003_dddd', '000_aaaa', '002_cccc', '001_bbbb']
    const index = indexOf([
      { id: 'f1', source: 'AWS', articles: ['003_dddd', '000_aaaa'] },
      { id: 'f2', source: 'AWS', articles: ['002_cccc', '003_dddd'] },
      { id: 'f3', source: 'AWS', articles: ['001_bbbb', '000_aaaa'] },
    ])
    const names = [...cited].sort().map(nameOf)
    expect(names).toEqual([
      'Article 000 (publisher not named)',
      'Article 001 (publisher not named)',
      'Computer Weekly',
      'Quartz',
    ])
    expect(sourceLine(index, index.facts)).toBe(`Source: AWS. Reported in ${names.join(', ')}.`)
  })

  it('names only the articles the given facts cite', () => {
    const index = indexOf([
      { id: 'f1', source: 'AWS', articles: ['001_bbbb'] },
      { id: 'f2', source: 'Amazon', articles: ['002_cccc'] },
    ])
    const line = sourceLine(index, [index.factById.get('f2')!])
    expect(line).toBe(`Source: Amazon. Reported in ${nameOf('002_cccc')}.`)
  })
})

describe('sourceLine on the real dataset', () => {
  let real: DatasetIndex

  beforeAll(async () => {
    real = buildIndex(await loadRealDataset())
  })

  it('credits the market-share chart to its producers and its article', () => {
    const data = selectMarketShare(real, real.facts)!
    const facts = [...data.points.map((p) => real.factById.get(p.factId)!), data.spending!, data.spendingGrowth!]
    const line = sourceLine(real, facts)
    const named = facts.filter((f) => f.value.kind !== 'derived' && !/^not named/i.test(f.source))
    for (const f of named) expect(line).toContain(f.source)
    for (const f of facts.filter((x) => /^not named/i.test(x.source))) expect(line).not.toContain(f.source)
    const articleIds = [...new Set(facts.flatMap((f) => f.citations.map((c) => c.article)))].sort()
    const article = (id: string) => real.articleById.get(id)!
    const names = articleIds.map((id) => article(id).publisher ?? `Article ${id.split('_')[0]} (publisher not named)`)
    expect(line).toContain(`Reported in ${names.join(', ')}.`)
    expect(line.endsWith('Dashed outlines mark derived values.')).toBe(facts.some((f) => f.value.kind === 'derived'))
  })

  it('names the articles of each real fact quoted from several, in id order', () => {
    const several = real.facts.filter((f) => new Set(f.citations.map((c) => c.article)).size > 2)
    expect(several.length).toBeGreaterThan(0)
    for (const f of several) {
      const line = sourceLine(real, [f])
      const ids = [...new Set(f.citations.map((c) => c.article))].sort()
      const names = ids.map(
        (id) => real.articleById.get(id)!.publisher ?? `Article ${id.split('_')[0]} (publisher not named)`,
      )
      const positions = names.map((n) => line.indexOf(n))
      expect(positions.every((p) => p >= 0)).toBe(true)
      expect(positions).toEqual([...positions].sort((a, b) => a - b))
    }
  })
})

describe('sourceLine for derived values and shared publishers', () => {
  let real: DatasetIndex

  beforeAll(async () => {
    real = buildIndex(await loadRealDataset())
  })

  it('credits a derived value alone to the sources of its inputs', () => {
    const others = real.facts.find((f) => f.value.kind === 'derived' && f.metric === 'market_share')!
    const inputs = others.inputs.map((id) => real.factById.get(id)!)
    const line = sourceLine(real, [others])
    for (const input of inputs) expect(line).toContain(input.source)
    const article = real.articleById.get(inputs[0].citations[0].article)!
    expect(line).toContain(
      `Reported in ${article.publisher ?? `Article ${article.id.split('_')[0]} (publisher not named)`}.`,
    )
    expect(line).not.toContain('Reported in .')
  })

  it('names a publisher once however many of its articles are cited', () => {
    const shared = {
      ...real,
      articleById: new Map([...real.articleById].map(([id, a]) => [id, { ...a, publisher: 'Same Press' }])),
    }
    const several = real.facts.find((f) => new Set(f.citations.map((c) => c.article)).size > 2)!
    const line = sourceLine(shared, [several])
    expect(line.match(/Same Press/g)).toHaveLength(1)
  })
})
