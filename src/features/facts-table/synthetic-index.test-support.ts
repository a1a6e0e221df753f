import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts'
import { buildEvidenceIndex, type QuotedDataset } from '../../domain/evidence-index.ts'
import {
  Dataset,
  type Citation,
  type CitationRole,
  type Fact,
  type FactValue,
  type Metric,
} from '../../domain/schema.ts'
import { formatValue } from '../../domain/format-fact.ts'

export interface Spec {
  id: string
  label: string
  company: string
  metric: Metric
  period: string | null
  value: FactValue
  source: string
  articles: string[]
  /** The period's own words ("in prior years"), and whether its date is inferred. */
  periodWords?: string
  inferred?: boolean
  /** The sentence each article quotes for it, where a test needs its words; else one that states the value. */
  quote?: string
  /** What its articles' quotes support: the value unless a test says otherwise. */
  role?: CitationRole
}

/** Titles and publishers of the hand-made articles, where a test needs them; otherwise none. */
export type ArticleMetaSpec = Partial<Record<string, { title?: string; publisher?: string }>>

const COMPANIES = [
  { id: 'company-x1', name: 'Zeta Corp' },
  { id: 'company-x2', name: 'Beta Holdings' },
]
const ARTICLE_IDS = ['000_aaaa', '001_bbbb', '002_cccc']

/** A hand-made dataset: each fact quoted from its articles, the highlight on its value's words. */
export const synthetic = (specs: Spec[], articleMeta: ArticleMetaSpec = {}): DatasetIndex =>
  syntheticQuoted(specs, articleMeta).index

/** A hand-made dataset and its quotes, as the app reads them. */
export function syntheticQuoted(specs: Spec[], articleMeta: ArticleMetaSpec = {}): QuotedDataset {
  const quoteOf = (s: Spec) => s.quote ?? `Reportedly ${s.id} stands at ${formatValue(s.value)} now.`
  // Each article's text (not part of the dataset) is its quotes, so the offsets are real.
  const texts = new Map(
    ARTICLE_IDS.map((id) => [
      id,
      specs
        .filter((s) => s.articles.includes(id))
        .map(quoteOf)
        .join(' ')
        .padEnd(1, '-'),
    ]),
  )
  const citationsOf = (s: Spec): Citation[] =>
    s.articles.map((article) => {
      const text = texts.get(article)!
      const quote = quoteOf(s)
      const start = text.indexOf(quote)
      const at = start + quote.indexOf(formatValue(s.value))
      const stated = s.value.kind !== 'unknown' && !s.quote && !s.role
      const highlight = stated ? { start: at, end: at + formatValue(s.value).length } : null
      return { article, quote, start, end: start + quote.length, highlight, ...(s.role && { role: s.role }) }
    })
  const facts: Fact[] = specs.map((s) => ({
    id: s.id,
    label: s.label,
    metric: s.metric,
    company: s.company,
    period: { value: s.period, inferred: s.inferred ?? false, ...(s.periodWords && { words: s.periodWords }) },
    value: s.value,
    source: s.source,
    inputs: [],
    citations: citationsOf(s),
  }))
  const dataset = Dataset.parse({
    schemaVersion: 1,
    companies: COMPANIES,
    articles: ARTICLE_IDS.map((id) => ({
      id,
      title: articleMeta[id]?.title ?? null,
      publisher: articleMeta[id]?.publisher ?? null,
      author: null,
      date: { value: '2024-04-03', inferred: false, basis: 'test' },
    })),
    facts,
  })
  const citations = Object.fromEntries(specs.map((s) => [s.id, citationsOf(s)]))
  return {
    index: buildIndex(dataset),
    evidence: buildEvidenceIndex({ schemaVersion: 1, citations, disagreements: [] }),
  }
}

export const stated = (amount: number): FactValue => ({ kind: 'stated', amount, unit: 'people' })
