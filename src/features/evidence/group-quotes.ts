import { citationRole } from '../../domain/kinds.ts'
import type { Citation, CitationRole, Disagreement } from '../../domain/schema.ts'

/** What a passage supports: a role of one of the fact's quotes, or a version where the articles differ. */
export type QuoteTag =
  { kind: 'role'; role: CitationRole } | { kind: 'differs'; disagreement: string; about: string; says: string }

interface Span {
  start: number
  end: number
}

/** A run of an article's text that one or more quotes cover: shown once, with every tag it earns. */
export interface Passage {
  article: string
  start: number
  end: number
  text: string
  /** Words to mark (the value, the date, who said it), as offsets into the article's text. */
  marks: Span[]
  tags: QuoteTag[]
  /** How many quotes of the fact and its disagreements it stands for. */
  quotes: number
}

export interface ArticleQuotes {
  article: string
  passages: Passage[]
}

interface Item extends Span {
  article: string
  quote: string
  mark: Span | null
  tag: QuoteTag
}

const ROLE_ORDER: Record<CitationRole, number> = { value: 0, date: 1, attribution: 2, detail: 3 }
// Roles first, in their order, then the versions where the articles differ.
const tagRank = (t: QuoteTag) => (t.kind === 'role' ? ROLE_ORDER[t.role] : 4)
const tagKey = (t: QuoteTag) => (t.kind === 'role' ? `role:${t.role}` : `differs:${t.disagreement}:${t.says}`)
const statesValue = (p: Passage) => p.tags.some((t) => t.kind === 'role' && t.role === 'value')

/** Overlapping quotes of one article become one passage, its text pieced together from theirs. */
function merge(items: Item[]): Passage[] {
  const sorted = items.toSorted((a, b) => a.start - b.start || b.end - a.end)
  const passages: Passage[] = []
  for (const item of sorted) {
    const last = passages.at(-1)
    if (last && item.start < last.end) {
      if (item.end > last.end) {
        last.text += item.quote.slice(last.end - item.start)
        last.end = item.end
      }
      if (!last.tags.some((t) => tagKey(t) === tagKey(item.tag))) last.tags.push(item.tag)
      if (item.mark && !last.marks.some((m) => m.start < item.mark!.end && item.mark!.start < m.end))
        last.marks.push(item.mark)
      last.quotes++
    } else {
      passages.push({
        article: item.article,
        start: item.start,
        end: item.end,
        text: item.quote,
        marks: item.mark ? [item.mark] : [],
        tags: [item.tag],
        quotes: 1,
      })
    }
  }
  for (const p of passages) {
    p.marks.sort((a, b) => a.start - b.start)
    p.tags.sort((a, b) => tagRank(a) - tagRank(b))
  }
  return passages
}

/**
 * A fact's quotes and its disagreements' quotes grouped by article, each sentence once: quotes that
 * overlap in the text (a value quote inside the sentence a disagreement quotes) become one passage
 * tagged with everything they support. Articles that state the value come first, in `articleOrder`;
 * within an article, passages that state the value come first, then in reading order.
 */
export function groupQuotes(
  citations: readonly Citation[],
  disagreements: readonly Disagreement[],
  articleOrder: readonly string[],
): ArticleQuotes[] {
  const items: Item[] = [
    ...citations.map((c) => ({
      article: c.article,
      start: c.start,
      end: c.end,
      quote: c.quote,
      mark: c.highlight,
      tag: { kind: 'role', role: citationRole(c) } as const,
    })),
    ...disagreements.flatMap((d) =>
      d.versions.flatMap((v) =>
        v.quotes.map((q) => ({
          ...q,
          mark: null,
          tag: { kind: 'differs', disagreement: d.id, about: d.about, says: v.says } as const,
        })),
      ),
    ),
  ]
  const byArticle = new Map<string, Item[]>()
  for (const item of items) byArticle.set(item.article, [...(byArticle.get(item.article) ?? []), item])
  const rank = (id: string) => (articleOrder.includes(id) ? articleOrder.indexOf(id) : articleOrder.length)
  const groups = [...byArticle].map(([article, its]) => ({
    article,
    passages: merge(its).sort((a, b) => Number(statesValue(b)) - Number(statesValue(a)) || a.start - b.start),
  }))
  return groups.sort(
    (a, b) =>
      Number(b.passages.some(statesValue)) - Number(a.passages.some(statesValue)) || rank(a.article) - rank(b.article),
  )
}

/**
 * The passages shown before the reader asks for more: taken in turn from each article (its first, then
 * the next article's first, …) so a collapsed panel shows several articles rather than one at length.
 */
export function firstPassages(groups: readonly ArticleQuotes[], count: number): Set<Passage> {
  const shown = new Set<Passage>()
  for (let round = 0; shown.size < count; round++) {
    const next = groups.flatMap((g) => g.passages[round] ?? [])
    if (!next.length) break
    for (const p of next.slice(0, count - shown.size)) shown.add(p)
  }
  return shown
}

/**
 * The quotation marks a passage is shown in: none where it is wholly one speaker's words and so carries its
 * article's own marks (not ““…””), ours around anything else.
 */
export const quoteMarksFor = (text: string): [string, string] =>
  /^[“"][^“”"]*[”"]$/.test(text.trim()) ? ['', ''] : ['“', '”']
