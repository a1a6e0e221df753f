import { beforeAll, describe, expect, it } from 'vitest'
import type { EvidenceIndex } from '../../domain/evidence-index.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { Citation, Disagreement } from '../../domain/schema.ts'
import { loadRealQuotedDataset } from '../../domain/real-dataset.test-support.ts'
import { firstPassages, groupQuotes, quoteMarksFor } from './group-quotes.ts'

const cite = (article: string, start: number, quote: string, role?: Citation['role']): Citation => ({
  article,
  quote,
  role,
  start,
  end: start + quote.length,
  highlight: null,
})

describe('groupQuotes', () => {
  const text = 'Amazon said Tuesday it was ditching its “Just Walk Out” technology.'
  const whole = cite('b', 0, text)
  const said = cite('b', 0, 'Amazon said Tuesday', 'date')
  const differs: Disagreement = {
    id: 'who',
    about: 'Who says so',
    facts: ['f'],
    versions: [
      { says: 'Amazon said so', quotes: [{ article: 'b', quote: text, start: 0, end: text.length }] },
      { says: 'Reports did', quotes: [{ article: 'a', quote: 'Reports indicated it', start: 5, end: 25 }] },
    ],
  }

  it('shows a sentence once, with the roles and disagreements of every quote inside it as tags', () => {
    const groups = groupQuotes([whole, said], [differs], ['a', 'b'])
    const b = groups.find((g) => g.article === 'b')!
    expect(b.passages).toHaveLength(1)
    expect(b.passages[0]).toMatchObject({ text, quotes: 3 })
    expect(b.passages[0].tags).toEqual([
      { kind: 'role', role: 'value' },
      { kind: 'role', role: 'date' },
      { kind: 'differs', disagreement: 'who', about: 'Who says so', says: 'Amazon said so' },
    ])
  })

  it('pieces together quotes that overlap without one containing the other', () => {
    const [group] = groupQuotes([cite('a', 0, 'one two three'), cite('a', 8, 'three four', 'detail')], [], ['a'])
    expect(group.passages).toEqual([expect.objectContaining({ text: 'one two three four', start: 0, end: 18 })])
  })

  it('puts the articles that state the value first, and their stating passages first', () => {
    const quotes = [
      cite('a', 0, 'a detail', 'detail'),
      cite('b', 40, 'later sentence'),
      cite('b', 0, 'a dated line', 'date'),
    ]
    const groups = groupQuotes(quotes, [], ['a', 'b'])
    expect(groups.map((g) => g.article)).toEqual(['b', 'a'])
    expect(groups[0].passages.map((p) => p.text)).toEqual(['later sentence', 'a dated line'])
  })
})

describe('firstPassages', () => {
  it('takes the first passage of each article in turn', () => {
    const groups = groupQuotes(
      [cite('a', 0, 'a one'), cite('a', 10, 'a two'), cite('b', 0, 'b one'), cite('c', 0, 'c one')],
      [],
      ['a', 'b', 'c'],
    )
    expect([...firstPassages(groups, 3)].map((p) => p.text)).toEqual(['a one', 'b one', 'c one'])
    expect([...firstPassages(groups.slice(0, 1), 3)].map((p) => p.text)).toEqual(['a one', 'a two'])
  })
})

describe('the AWS job cuts on the real data', () => {
  let index: DatasetIndex
  let evidence: EvidenceIndex
  beforeAll(async () => ({ index, evidence } = await loadRealQuotedDataset()))

  it('accounts for every quote once, in passages from all five articles, with no sentence twice', () => {
    const citations = evidence.citationsOf('layoffs-2024-04')
    const differ = evidence.disagreementsOf.get('layoffs-2024-04') ?? []
    const total = citations.length + differ.flatMap((d) => d.versions.flatMap((v) => v.quotes)).length
    const groups = groupQuotes(citations, differ, [...index.articleById.keys()])
    const passages = groups.flatMap((g) => g.passages)
    expect(passages.reduce((n, p) => n + p.quotes, 0)).toBe(total)
    expect(groups).toHaveLength(5)
    expect(passages.length).toBeLessThan(total)
    for (const g of groups)
      g.passages.forEach((p, i) =>
        g.passages.slice(i + 1).forEach((q) => expect(p.end <= q.start || q.end <= p.start).toBe(true)),
      )
  })
})

describe('quoteMarksFor', () => {
  it('adds none to a passage that is one speaker’s quotation in its article’s marks, and ours to the rest', () => {
    expect(quoteMarksFor('“The resulting moderation of demand is a factor in these lay-offs.”')).toEqual(['', ''])
    expect(quoteMarksFor('“These decisions are difficult,” the company said.')).toEqual(['“', '”'])
    expect(quoteMarksFor('AWS cuts several hundred jobs')).toEqual(['“', '”'])
    // Two quotations in one passage: the marks between them are not the passage's own.
    expect(quoteMarksFor('“Cuts,” he said, “are hard.”')).toEqual(['“', '”'])
  })
})
