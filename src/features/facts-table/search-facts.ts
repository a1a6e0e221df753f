import { formatPeriodKey, periodAliases, UNDATED } from '../../lib/period.ts'
import { articleLabel } from '../../domain/article-label.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { isDerivedValue } from '../../domain/kinds.ts'
import type { Fact } from '../../domain/schema.ts'
import { stem } from '../../lib/stem.ts'
import { VALUE_KIND_LABELS, formatPeriod, formatValue } from '../../domain/format-fact.ts'

/**
 * Text folded for matching: lower case, accents dropped ("é" → "e"), and
 * typographic quotes as typed ones, so "Amazon’s" and "amazon's" meet.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .toLowerCase()
}

/**
 * Everything a row shows, and the other spellings a reader may type for it:
 * the label, the value as shown with its kind, the period as shown and in its
 * ISO, month and quarter forms, the company, who produced the number, the
 * Articles column and the names of the articles that state it.
 */
export function factSearchText(index: DatasetIndex, fact: Fact): string {
  const articleIds = [...new Set(fact.citations.map((c) => c.article))]
  const articles = articleIds.flatMap((id) => {
    const article = index.articleById.get(id)
    return article ? [articleLabel(article), article.publisher ?? '', article.title ?? ''] : []
  })
  const total = index.articleById.size
  return foldForSearch(
    [
      fact.label,
      formatValue(fact.value),
      // A claim in words is found by the articles' own words too ("dipped", "increasing").
      ...(fact.value.kind === 'qualitative' ? fact.value.words : []),
      VALUE_KIND_LABELS[fact.value.kind],
      formatPeriod(fact.period),
      ...(fact.period.value ? periodAliases(fact.period.value) : [formatPeriodKey(UNDATED)]),
      index.companyById.get(fact.company)?.name ?? fact.company,
      fact.source,
      fact.metric.replaceAll('_', ' '),
      isDerivedValue(fact.value) ? 'derived' : `${index.articleCountOf.get(fact.id) ?? 0} of ${total}`,
      ...articles,
    ].join('\n'),
  )
}

interface RowText {
  text: string
  /** Each word of the row by its stem: "growing" under "grow". */
  words: Map<string, Set<string>>
}

// Built once per dataset and fact, not per keystroke: at 100× there are thousands of rows.
const textCache = new WeakMap<DatasetIndex, Map<string, RowText>>()

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu

function rowText(index: DatasetIndex, fact: Fact): RowText {
  let texts = textCache.get(index)
  if (!texts) textCache.set(index, (texts = new Map()))
  let row = texts.get(fact.id)
  if (row === undefined) {
    const text = factSearchText(index, fact)
    const words = new Map<string, Set<string>>()
    for (const [word] of text.matchAll(WORD)) {
      const key = stem(word)
      words.set(key, (words.get(key) ?? new Set()).add(word))
    }
    texts.set(fact.id, (row = { text, words }))
  }
  return row
}

/** The query's words, folded; empty for a blank query. */
const queryWords = (query: string) => foldForSearch(query).split(/\s+/).filter(Boolean)

/**
 * The row's words a query word matches: the typed text itself where the row contains it ("q4",
 * "1,000", "amaz"), else the row's words of the same stem ("grew" → "growing", "growth").
 */
function matchesOf(row: RowText, word: string): string[] {
  if (row.text.includes(word)) return [word]
  const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
  return [...(row.words.get(stem(bare)) ?? [])]
}

/** Facts whose row matches every word of the query, in any field and order, ignoring case and accents and word endings; order kept. */
export function searchFacts(index: DatasetIndex, facts: readonly Fact[], query: string): Fact[] {
  const words = queryWords(query)
  if (!words.length) return [...facts]
  return facts.filter((f) => {
    const row = rowText(index, f)
    return words.every((w) => matchesOf(row, w).length > 0)
  })
}

/** For each query word the rows' words it matched beyond its own spelling: "grew" → ["growing", "growth"]. */
export type SearchMatches = { word: string; forms: string[] }[]

/** What the search found for each word of the query in the rows it kept, to say so beside the results. */
export function explainSearch(index: DatasetIndex, facts: readonly Fact[], query: string): SearchMatches {
  return queryWords(query).map((word) => {
    const forms = new Set<string>()
    for (const f of facts) for (const form of matchesOf(rowText(index, f), word)) forms.add(form)
    return { word, forms: [...forms].filter((form) => form !== word).sort() }
  })
}

/** "“grew” also matched “growing”, “growth”": only words matched by another form are named. */
export function searchExplanation(matches: SearchMatches): string {
  const quote = (w: string) => `“${w}”`
  const list = new Intl.ListFormat('en', { type: 'conjunction' })
  const parts = matches
    .filter((m) => m.forms.length)
    .map((m) => `${quote(m.word)} as ${list.format(m.forms.slice(0, 4).map(quote))}${m.forms.length > 4 ? ' …' : ''}`)
  return parts.length ? `Matched ${parts.join('; ')}.` : ''
}
