import { beforeAll, describe, expect, it } from 'vitest'
import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts'
import { Dataset, type Article, type Fact, type FactValue } from '../../domain/schema.ts'
import { citationRole, isDerivedValue } from '../../domain/kinds.ts'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'
import { selectMarketShare } from './market-share/select.ts'
import { sourceLine } from './frame-words.ts'

/** Articles named each way a reader can name one, and the name each must have in a source line. */
const ARTICLES: (Pick<Article, 'id' | 'title' | 'publisher' | 'label'> & { named: string })[] = [
  {
    id: '002_cccc',
    title: 'Cuts at AWS, again',
    publisher: 'Computer Weekly',
    label: { text: 'Cuts at AWS, again', from: 'title' },
    named: 'Computer Weekly, “Cuts at AWS, again”',
  },
  {
    id: '000_aaaa',
    title: null,
    publisher: null,
    label: { text: 'The article reports…', from: 'first-sentence' },
    named: 'untitled article “The article reports…”',
  },
  { id: '003_dddd', title: null, publisher: 'Quartz', label: { text: 'Quartz', from: 'publisher' }, named: 'Quartz' },
  {
    id: '001_bbbb',
    title: 'A title only',
    publisher: null,
    label: { text: 'A title only', from: 'title' },
    named: '“A title only”',
  },
]

const quoteOf = (factId: string) => `The article reports ${factId} at 42 people.`

/** Facts with the given sources, each quoted from the given articles; derived ones quote nothing. */
function indexOf(specs: { id: string; source: string; articles?: string[]; derived?: boolean }[]): DatasetIndex {
  const articles: Article[] = ARTICLES.map(({ id, title, publisher, label }) => ({
    id,
    title,
    publisher,
    label,
    author: null,
    date: { value: '2024-04-03', inferred: false, basis: 'test' },
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
        // Each article is its quotes, this one first.
        const quote = quoteOf(s.id)
        const at = quote.indexOf('42')
        return { article: id, quote, start: 0, end: quote.length, highlight: { start: at, end: at + 2 } }
      }),
    }
  })
  return buildIndex(Dataset.parse({ schemaVersion: 1, companies: [{ id: 'acme', name: 'Acme' }], articles, facts }))
}

const nameOf = (id: string) => ARTICLES.find((x) => x.id === id)!.named

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

  it('credits a producer with its values only, and names the values no source is named for, whatever the case', () => {
    const index = indexOf([
      { id: 'f1', source: 'Not named in the article', articles: ['003_dddd'] },
      { id: 'f2', source: 'The Information', articles: ['003_dddd'] },
      { id: 'f3', source: 'not named; the same paragraph cites Synergy Research Group', articles: ['003_dddd'] },
    ])
    const line = sourceLine(index, index.facts)
    expect(line).toBe(
      `Source: The Information, for label of f2; no source named for label of f1 and label of f3. Reported in ${nameOf('003_dddd')}.`,
    )
    // A sentence that credits someone credits its own figure, not the next sentence's.
    expect(line).not.toContain('Synergy')
  })

  it('says that no source is named when none is', () => {
    const index = indexOf([{ id: 'f1', source: 'Not named in the articles', articles: ['002_cccc'] }])
    expect(sourceLine(index, index.facts)).toBe(
      `Source: no source named for label of f1. Reported in ${nameOf('002_cccc')}.`,
    )
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

  it('names each article once, by publisher and title or in words, never by id, sorted by id', () => {
    const cited = ['003_dddd', '000_aaaa', '002_cccc', '001_bbbb']
    const index = indexOf([
      { id: 'f1', source: 'AWS', articles: ['003_dddd', '000_aaaa'] },
      { id: 'f2', source: 'AWS', articles: ['002_cccc', '003_dddd'] },
      { id: 'f3', source: 'AWS', articles: ['001_bbbb', '000_aaaa'] },
    ])
    const names = [...cited].sort().map(nameOf)
    const line = sourceLine(index, index.facts)
    expect(line).toBe(`Source: AWS. Reported in ${names.join('; ')}.`)
    expect(line).not.toMatch(/\d{3}_|Article \d/)
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

/** The words a real article's label is made of, as the build wrote them. */
const labelWords = (index: DatasetIndex, id: string) => index.articleById.get(id)!.label!.text
const stating = (f: Fact) => f.citations.filter((c) => citationRole(c) === 'value').map((c) => c.article)

describe('sourceLine on the real dataset', () => {
  let real: DatasetIndex

  beforeAll(async () => {
    real = buildIndex(await loadRealDataset())
  })

  it('credits the market-share chart to its producers and names its article in words, not by id', () => {
    const data = selectMarketShare(real, real.facts)!
    const facts = [...data.points.map((p) => real.factById.get(p.factId)!), data.spending!, data.spendingGrowth!]
    const line = sourceLine(real, facts)
    const named = facts.filter((f) => !isDerivedValue(f.value) && !/^not named/i.test(f.source))
    for (const f of named) expect(line).toContain(`${f.source}, for ${f.label}`)
    const unnamed = facts.filter((x) => /^not named/i.test(x.source))
    expect(unnamed.length).toBeGreaterThan(0)
    for (const f of unnamed) expect(line).not.toContain(f.source)
    // The unattributed values are counted after "no source named for", and none is among the credited ones.
    const [credited, uncredited] = line.toLowerCase().split('no source named for')
    expect(uncredited).toContain(`the other ${new Set(unnamed.map((f) => f.label)).size} values`)
    for (const f of unnamed) expect(credited).not.toContain(f.label.toLowerCase())
    expect(line).toContain('Reported in untitled article “Amazon Web Services has announced significant job cuts…”.')
    expect(line).not.toMatch(/\d{3}_|Article \d{3}|publisher not named/)
    expect(line.endsWith('Dashed outlines mark derived values.')).toBe(facts.some((f) => isDerivedValue(f.value)))
  })

  it('names each article stating a real fact once, by title and publisher or in words, in id order', () => {
    const several = real.facts.filter((f) => new Set(stating(f)).size > 2)
    expect(several.length).toBeGreaterThan(0)
    for (const f of several) {
      const line = sourceLine(real, [f])
      const ids = [...new Set(stating(f))].sort()
      const positions = ids.map((id) => line.indexOf(labelWords(real, id)))
      expect(
        positions.every((p) => p >= 0),
        f.id,
      ).toBe(true)
      expect(positions, f.id).toEqual([...positions].sort((a, b) => a - b))
      for (const id of ids) expect(line.split(labelWords(real, id)), `${f.id}: ${id} once`).toHaveLength(2)
      for (const id of ids) {
        const { publisher } = real.articleById.get(id)!
        if (publisher) expect(line).toContain(publisher)
      }
    }
  })
})

describe('sourceLine for derived values', () => {
  let real: DatasetIndex

  beforeAll(async () => {
    real = buildIndex(await loadRealDataset())
  })

  it('credits a derived value alone to the sources of its inputs, not to the articles of its details', () => {
    const stored = real.factById.get('share-others-2023-q4')!
    // A detail quote from an article that states none of its inputs (Quartz gives no share).
    const others = { ...stored, citations: [{ article: '004_63556d1f1b65d4c5', role: 'detail' as const }] }
    const inputs = others.inputs.map((id) => real.factById.get(id)!)
    const line = sourceLine(real, [others])
    for (const input of inputs) expect(line).toContain(/^not named/i.test(input.source) ? input.label : input.source)
    expect(line).toContain(labelWords(real, stating(inputs[0])[0]))
    const detail = others.citations.find((c) => citationRole(c) === 'detail')!
    expect(line).not.toContain(labelWords(real, detail.article))
    expect(line).not.toContain('Reported in .')
  })
})
