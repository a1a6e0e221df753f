import { articleLabel } from '../../src/domain/article-label.ts'
import type { DraftView, KnownDisagreement, KnownFact, Segment } from './review-api.ts'
import type { Draft } from '../article/draft.ts'
import { cleanArticle } from '../dataset/clean-article.ts'
import type { BuildResult } from '../dataset/build-dataset.ts'
import { splitSentences } from '../dataset/sentences.ts'

type Built = Extract<BuildResult, { ok: true }>

/**
 * The article as the intake read it (the build's cleaning, then its sentences), line by line: each sentence
 * with the index the draft's claims and reviews use, and the text between sentences as it is.
 */
export function articleParagraphs(draft: Draft): Segment[][] {
  const { text } = cleanArticle(draft.raw.text, {
    removeLines: draft.article.removeLines ?? [],
    removeFrom: draft.article.removeFrom,
  })
  const sentences = splitSentences(text)
  const paragraphs: Segment[][] = []
  let offset = 0
  for (const line of text.split('\n')) {
    const end = offset + line.length
    const segments: Segment[] = []
    let at = offset
    sentences.forEach((s, i) => {
      if (s.start < offset || s.end > end) return
      if (s.start > at) segments.push({ sentence: null, text: text.slice(at, s.start) })
      segments.push({ sentence: i, text: s.text })
      at = s.end
    })
    if (at < end) segments.push({ sentence: null, text: text.slice(at, end) })
    if (line.trim()) paragraphs.push(segments)
    offset = end + 1
  }
  return paragraphs
}

/** The dataset's facts a draft quotes or disagrees with, and the disagreements its claims join. */
function knownOf(draft: Draft, built: Built): DraftView['known'] {
  const newIds = new Set(draft.facts.map((f) => f.fact.id))
  const joined = built.evidence.disagreements.filter((d) => draft.joins.some((j) => j.disagreement === d.id))
  const ids = new Set(
    [
      ...draft.citations.map((c) => c.factId),
      ...draft.disagreements.flatMap((d) => d.facts),
      ...joined.flatMap((d) => d.facts),
    ].filter((id) => !newIds.has(id)),
  )
  const articleName = (id: string) => {
    const article = built.dataset.articles.find((a) => a.id === id)
    return article ? articleLabel(article) : id
  }
  const facts: Record<string, KnownFact> = {}
  for (const fact of built.dataset.facts) {
    if (!ids.has(fact.id)) continue
    const quote = (built.evidence.citations[fact.id] ?? []).find((c) => !c.role || c.role === 'value')
    facts[fact.id] = {
      id: fact.id,
      label: fact.label,
      company: fact.company,
      period: fact.period,
      value: fact.value,
      source: fact.source,
      quote: quote ? { text: quote.quote, article: articleName(quote.article) } : null,
    }
  }
  const disagreements: Record<string, KnownDisagreement> = Object.fromEntries(
    joined.map((d) => [
      d.id,
      {
        id: d.id,
        about: d.about,
        versions: d.versions.map((v) => ({
          says: v.says,
          articles: [...new Set(v.quotes.map((q) => articleName(q.article)))],
        })),
      },
    ]),
  )
  return { facts, disagreements }
}

/** What the review page shows of a draft, read against the dataset as it builds now. */
export function draftView(draft: Draft, built: Built): DraftView {
  return {
    draft,
    paragraphs: articleParagraphs(draft),
    companies: built.dataset.companies,
    known: knownOf(draft, built),
  }
}
