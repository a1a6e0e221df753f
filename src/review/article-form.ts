import { ArticleManifestEntry } from '../../scripts/dataset/clean-article.ts'
import { issuePath } from '../domain/issue-path.ts'
import type { Draft } from '../../scripts/review/review-api.ts'

type ArticleEntry = Draft['article']

/** The article's metadata as the form holds it: the proposals and the words each rests on. */
export interface ArticleForm {
  title: string
  publisher: string
  publisherEvidence: string
  author: string
  authorEvidence: string
  date: string
  yearInferred: boolean
  dateBasis: string
  yearBasis: string
}
export type ArticleField = keyof ArticleForm

export const articleFormOf = (a: ArticleEntry): ArticleForm => ({
  title: a.title ?? '',
  publisher: a.publisher ?? '',
  publisherEvidence: a.publisherEvidence ?? '',
  author: a.author ?? '',
  authorEvidence: a.authorEvidence ?? '',
  date: a.date.value,
  yearInferred: a.date.yearInferred ?? false,
  dateBasis: a.date.basis,
  yearBasis: a.date.yearBasis ?? '',
})

const FIELDS: Partial<Record<string, ArticleField>> = {
  title: 'title',
  publisher: 'publisher',
  publisherEvidence: 'publisherEvidence',
  author: 'author',
  authorEvidence: 'authorEvidence',
  'date.value': 'date',
  'date.basis': 'dateBasis',
  'date.yearBasis': 'yearBasis',
}

export type ArticleResult =
  { ok: true; article: ArticleEntry } | { ok: false; errors: Partial<Record<ArticleField | 'article', string>> }

/**
 * The manifest entry the form makes, checked by the manifest's schema: an empty name is no name (null), and its
 * words go with it; what the form does not edit (id, the printed date words, the chrome to drop) is kept.
 */
export function articleOf(form: ArticleForm, before: ArticleEntry): ArticleResult {
  const text = (s: string) => s.trim() || null
  const publisher = text(form.publisher)
  const author = text(form.author)
  const candidate: ArticleEntry = {
    ...before,
    title: text(form.title),
    publisher,
    publisherEvidence: form.publisherEvidence.trim(),
    author,
    authorEvidence: form.authorEvidence.trim(),
    date: {
      ...before.date,
      value: form.date.trim(),
      yearInferred: form.yearInferred || undefined,
      basis: form.dateBasis.trim(),
      yearBasis: form.yearInferred ? (text(form.yearBasis) ?? undefined) : undefined,
    },
  }
  if (!candidate.publisherEvidence || !publisher) delete candidate.publisherEvidence
  if (!candidate.authorEvidence || !author) delete candidate.authorEvidence
  if (!candidate.date.yearInferred) delete candidate.date.yearInferred
  if (!candidate.date.yearBasis) delete candidate.date.yearBasis
  const checked = ArticleManifestEntry.safeParse(candidate)
  if (checked.success) return { ok: true, article: candidate }
  const errors: Partial<Record<ArticleField | 'article', string>> = {}
  for (const issue of checked.error.issues) {
    const path = issuePath(issue.path)
    const field = FIELDS[path] ?? 'article'
    errors[field] ??= field === 'article' ? `${path}: ${issue.message}` : issue.message
  }
  return { ok: false, errors }
}
