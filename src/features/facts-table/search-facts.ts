import { formatPeriodKey, periodAliases, UNDATED } from '../../lib/period'
import { articleLabel } from '../dataset/article-label'
import type { DatasetIndex } from '../dataset/dataset-index'
import { isDerivedValue } from '../dataset/kinds'
import type { Fact } from '../dataset/schema'
import { VALUE_KIND_LABELS, formatPeriod, formatValue } from '../dataset/format-fact'

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

// Built once per dataset and fact, not per keystroke: at 100× there are thousands of rows.
const textCache = new WeakMap<DatasetIndex, Map<string, string>>()

function searchText(index: DatasetIndex, fact: Fact): string {
  let texts = textCache.get(index)
  if (!texts) textCache.set(index, (texts = new Map()))
  let text = texts.get(fact.id)
  if (text === undefined) texts.set(fact.id, (text = factSearchText(index, fact)))
  return text
}

/** Facts whose row contains every word of the query, in any field, ignoring case and accents; order kept. */
export function searchFacts(index: DatasetIndex, facts: readonly Fact[], query: string): Fact[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean)
  if (!words.length) return [...facts]
  return facts.filter((f) => {
    const text = searchText(index, f)
    return words.every((w) => text.includes(w))
  })
}
