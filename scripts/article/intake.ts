import { createHash } from 'node:crypto'
import { ArticleManifestEntry, cleanArticle } from '../dataset/clean-article.ts'
import { splitSentences } from '../dataset/sentences.ts'
import { parseGivenDate, proposeArticleDate } from './article-date.ts'
import { buildDraft } from './build-draft.ts'
import type { Draft } from './draft.ts'
import { Refusal, type ArticleInput } from './input.ts'
import { intakeContext, textKey } from './intake-context.ts'
import { proposePage } from './page.ts'
import { readArticle } from './propose.ts'

export interface IntakeOptions {
  date?: string
  publisher?: string
  title?: string
  url?: string
}

/** The next article id: the next number in the dataset's series, and a hash of the text ("005_3f2a…"). */
function articleId(text: string, ids: readonly string[]): string {
  const next = Math.max(-1, ...ids.map((id) => Number.parseInt(id, 10)).filter(Number.isFinite)) + 1
  return `${String(next).padStart(3, '0')}_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`
}

/**
 * Everything the intake proposes for an article, read against the dataset in `dataDir`: its manifest entry
 * (metadata with the words it rests on, the chrome to drop), and a draft of its facts, quotes and claims.
 * Refuses, writing nothing, a text already in the dataset, one with no sentence, a --date that is no date.
 */
export function proposeArticle(input: ArticleInput, options: IntakeOptions, dataDir: string): Draft {
  const given = options.date === undefined ? null : parseGivenDate(options.date)
  if (options.date !== undefined && !given)
    throw new Refusal(`--date ${options.date} is not a date (give YYYY-MM-DD, a real day)`)
  const ctx = intakeContext(dataDir).context
  const raw = input.text
  const same = ctx.knownTexts[textKey(raw)]
  if (same) throw new Refusal(`this text is already in the dataset, as data/sources/raw/${same}.txt`)

  const page = proposePage(raw, {
    title: options.title ?? input.hints.title,
    publisher: options.publisher ?? input.hints.publisher,
  })
  const id = articleId(raw, ctx.articleIds)
  const removal = { removeLines: page.removeLines, ...(page.removeFrom ? { removeFrom: page.removeFrom } : {}) }
  const { text } = cleanArticle(raw, removal)
  const sentences = splitSentences(text).filter((s) => /\p{L}/u.test(s.text) && s.text.split(/\s+/).length >= 4)
  if (!sentences.length)
    throw new Refusal(
      'the file has no sentence to read (no line of four words or more, once the page chrome is dropped)',
    )
  if (page.title && !text.includes(page.title))
    throw new Refusal(`the title "${page.title}" is not in the article's text`)

  const date = proposeArticleDate(raw, given ?? (input.hints.date ? parseGivenDate(input.hints.date) : null), ctx.dates)
  if (!date)
    throw new Refusal('the page prints no date the intake can place; give the article’s date with --date YYYY-MM-DD')

  const entry = ArticleManifestEntry.parse({
    id,
    title: page.title,
    publisher: page.publisher?.name ?? null,
    ...(page.publisher?.evidence ? { publisherEvidence: page.publisher.evidence } : {}),
    author: page.author?.name ?? null,
    ...(page.author ? { authorEvidence: page.author.evidence } : {}),
    date,
    ...removal,
  })
  const evidence: Record<string, string> = {
    ...(page.title ? { title: `the page's first line that reads as a headline: “${page.title}”` } : {}),
    ...(page.publisher
      ? { publisher: page.publisher.evidence ? `“${page.publisher.evidence}”` : 'given at intake (--publisher)' }
      : {}),
    ...(page.author ? { author: `“${page.author.evidence}”` } : {}),
    date: date.basis,
    ...((options.url ?? input.hints.url) ? { url: options.url ?? input.hints.url! } : {}),
  }
  const readings = readArticle(text, ctx.companies, {
    value: date.value,
    basis: date.printed.length ? date.printed.map((w) => `“${w}”`).join(', ') : `as ${date.value}`,
  })
  return buildDraft(entry, { file: `${id}.txt`, text: raw }, readings, ctx, evidence)
}
