// What the dev server's review endpoints answer (scripts/review/) and the page reads: one contract for both.
import type { Draft } from '../article/draft.ts'
import type { Company, FactValue, Period } from '../../src/domain/schema.ts'

export type { Draft }

/** The dev-only page and its endpoints; neither exists in a build (e2e/review-page-not-built.spec.ts checks the build). */
export const REVIEW_PAGE = '/review.html'
export const REVIEW_API = '/__review/api'
/** The page's heading: the build is checked for it too. */
export const REVIEW_HEADING = 'Review a draft article'

/** A draft waiting in drafts/, or why its file cannot be read. */
export type DraftListing =
  | { id: string; ok: true; title: string | null; date: string; sentences: number }
  | { id: string; ok: false; problem: string }

/** A run of the article's text: a sentence the draft reads (its index), or text between sentences. */
export interface Segment {
  sentence: number | null
  text: string
}

/** A fact the dataset has that the draft quotes or disagrees with, as the dataset gives it. */
export interface KnownFact {
  id: string
  label: string
  company: string
  period: Pick<Period, 'value' | 'words' | 'yearInferred' | 'inferred'>
  value: FactValue
  source: string
  /** Its first quote that states the value, and the article it is from. */
  quote: { text: string; article: string } | null
}

/** A disagreement the dataset records, which a claim of the draft joins. */
export interface KnownDisagreement {
  id: string
  about: string
  versions: { says: string; articles: string[] }[]
}

/** One draft as the page shows it: the draft, its article's paragraphs, and what of the dataset it touches. */
export interface DraftView {
  draft: Draft
  /** The cleaned article, line by line, each line cut into sentences (by index) and the text between. */
  paragraphs: Segment[][]
  /** The dataset's companies (the draft's new ones are in the draft). */
  companies: Company[]
  known: { facts: Record<string, KnownFact>; disagreements: Record<string, KnownDisagreement> }
}

/** A message about the save, with the draft's entry and sentence it names where it names one. */
export interface Problem {
  message: string
  id: string | null
  sentence: number | null
}

export type SaveReply = { ok: true; written: string[]; draftRemoved: boolean } | { ok: false; problems: Problem[] }

export type ApiError = { ok: false; problems: Problem[] }
