import { expect } from 'vitest'
import { buildIndex, type DatasetIndex } from './dataset-index.ts'
import { formatValue } from './format-fact.ts'
import { formulaInputs } from './formula.ts'
import { Dataset, type FactValue, type Metric, type QuotedFact, type Unit } from './schema.ts'

export interface Spec {
  id: string
  metric: Metric
  company: string
  period: string | null
  value: FactValue
  waves?: number
  /** A total's waves the articles give apart, not saying whether they are among its waves. */
  mayInclude?: string[]
}

const COMPANIES = [
  { id: 'aws', name: 'AWS' },
  { id: 'azure', name: 'Microsoft Azure' },
  { id: 'google-cloud', name: 'Google Cloud' },
  { id: 'others', name: 'Other providers' },
  { id: 'amazon', name: 'Amazon' },
  { id: 'market', name: 'Whole market' },
]

/**
 * A hand-made dataset: one article whose text holds a quote per stated fact, citations that
 * point at those quotes (the highlight on the value's words), derived facts with their inputs.
 */
export function synthetic(specs: Spec[]): DatasetIndex {
  const quoted = specs.filter((s) => s.value.kind !== 'derived')
  const quoteOf = (s: Spec) => `Test report: ${s.id} came to ${formatValue(s.value)}.`
  const text = quoted.map(quoteOf).join('\n')
  // The dataset keeps only each quote's article and role; the quotes are checked here, then dropped.
  const facts: QuotedFact[] = specs.map((s) => {
    const citations = []
    if (s.value.kind !== 'derived') {
      const quote = quoteOf(s)
      const start = text.indexOf(quote)
      const at = start + quote.indexOf(formatValue(s.value))
      const highlight = s.value.kind === 'unknown' ? null : { start: at, end: at + formatValue(s.value).length }
      citations.push({ article: 'article', quote, start, end: start + quote.length, highlight })
    }
    return {
      id: s.id,
      label: `Label of ${s.id}`,
      metric: s.metric,
      company: s.company,
      period: s.period ? { value: s.period, inferred: false } : { value: null, inferred: false, words: 'earlier' },
      value: s.value,
      source: 'Test producer',
      inputs: s.value.kind === 'derived' ? formulaInputs(s.value.formula) : [],
      citations,
      ...(s.metric === 'layoffs'
        ? {
            layoff: {
              waves: s.waves ?? 1,
              units: [],
              location: null,
              announcedBy: null,
              eventDate: null,
              ...(s.mayInclude ? { mayInclude: s.mayInclude } : {}),
            },
          }
        : {}),
    }
  })
  for (const f of facts) {
    for (const c of f.citations) expect(text.slice(c.start, c.end)).toBe(c.quote)
  }
  const dataset = Dataset.parse({
    schemaVersion: 1,
    companies: COMPANIES,
    articles: [
      {
        id: 'article',
        title: 'Test article',
        publisher: 'Test Weekly',
        author: null,
        date: { value: '2024-04-03', inferred: false, basis: 'test' },
        text,
      },
    ],
    facts,
  })
  return buildIndex(dataset)
}

export const stated = (amount: number, unit: Unit): FactValue => ({ kind: 'stated', amount, unit })
export const ids = (facts: readonly { id: string }[]) => facts.map((f) => f.id)
