import type { ArticleLabel, Credit } from '../../src/domain/schema.ts'
import { WEEKDAYS, type ArticleManifestEntry } from './clean-article.ts'
import { splitSentences } from './sentences.ts'

// Enough words of a first sentence to recognise the article by, when the manifest chooses none.
const DESCRIPTION_WORDS = 8

/**
 * How readers name the article: title, else publisher, else words of its first sentence, with "…"
 * where they are cut from it. The words must be in the first sentence, so the label can be checked.
 */
export function articleLabel(entry: ArticleManifestEntry, text: string): { label: ArticleLabel; problems: string[] } {
  if (entry.title) return { label: { text: entry.title, from: 'title' }, problems: [] }
  if (entry.publisher) return { label: { text: entry.publisher, from: 'publisher' }, problems: [] }
  const first = splitSentences(text)[0]?.text ?? ''
  const words = entry.description ?? first.split(/\s+/).slice(0, DESCRIPTION_WORDS).join(' ')
  const at = first.indexOf(words)
  if (at === -1)
    return {
      label: { text: words, from: 'first-sentence' },
      problems: [`description is not words of the article's first sentence: "${words}"`],
    }
  const cut = (s: string) => s.replace(/[\s,;:]+$/, '')
  const text_ = `${at > 0 ? '…' : ''}${cut(words)}${at + words.length < first.length ? '…' : ''}`
  return { label: { text: text_, from: 'first-sentence' }, problems: [] }
}

/** Why the cleaning dropped the raw line holding `quote`, or null when the quote is in the cleaned text. */
function droppedBecause(entry: ArticleManifestEntry, raw: string, text: string, quote: string): string | null {
  if (text.includes(quote)) return null
  const lines = raw.split(/\r?\n/)
  const at = lines.findIndex((l) => l.includes(quote))
  const removed = entry.removeLines.find((r) => r.line === lines[at]?.trim())
  if (removed) return removed.why
  const from = entry.removeFrom && lines.findIndex((l) => l.trim() === entry.removeFrom!.line)
  return entry.removeFrom && from !== undefined && from !== -1 && at >= from ? entry.removeFrom.why : 'page chrome'
}

/**
 * The words naming the publisher and author, each checked against the page and said to be in the
 * text or in chrome the cleaning dropped, so "publisher: Converge360" can be checked in place.
 */
export function articleCredits(
  entry: ArticleManifestEntry,
  raw: string,
  text: string,
): { credits: Credit[]; problems: string[] } {
  const problems: string[] = []
  const credits: Credit[] = []
  const fields = [
    ['publisher', entry.publisher, entry.publisherEvidence],
    ['author', entry.author, entry.authorEvidence],
  ] as const
  for (const [names, value, evidence] of fields) {
    if (!value) continue
    if (!evidence) {
      problems.push(`${names} "${value}" needs ${names}Evidence, the words of the page that name it`)
      continue
    }
    if (!raw.includes(evidence)) problems.push(`${names}Evidence not found in the article`)
    else if (!evidence.includes(value)) problems.push(`${names}Evidence does not name the ${names} "${value}"`)
    else credits.push({ names, quote: evidence, dropped: droppedBecause(entry, raw, text, evidence) })
  }
  return { credits, problems }
}

/** The date's printed words are on the page, its weekday is the date's, and an inferred year says why. */
export function dateProblems(entry: ArticleManifestEntry, raw: string): string[] {
  const { date } = entry
  const problems = date.printed
    .filter((words) => !raw.includes(words))
    .map((words) => `date.printed not found in the article: "${words}"`)
  if (date.weekday) {
    const actual = WEEKDAYS[new Date(`${date.value.slice(0, 10)}T00:00:00Z`).getUTCDay()]
    if (date.value.length !== 10) problems.push(`date.weekday needs a full date (YYYY-MM-DD), not ${date.value}`)
    else if (actual !== date.weekday) problems.push(`date.weekday: ${date.value} is a ${actual}, not a ${date.weekday}`)
    if (!date.printed.some((words) => words.includes(date.weekday!)))
      problems.push(`date.weekday: "${date.weekday}" is not among the printed words`)
  }
  if (date.yearInferred && !date.yearBasis)
    problems.push('date.yearInferred needs a yearBasis that says how the year is known')
  return problems
}
