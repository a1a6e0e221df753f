import { z } from 'zod'
import { CitationInput, Company, FactInput } from '../../src/domain/schema.ts'
import { ArticleManifestEntry } from '../dataset/clean-article.ts'

/** Why a proposal is what it is, for the reviewer: the figure's words, the hedges it keeps, what it matched. */
const Review = z.object({
  /** The sentence (by index in the article) the proposal reads. */
  sentence: z.number().int().nonnegative(),
  figure: z.string().nullable(),
  hedges: z.array(z.string()),
  why: z.string().min(1),
})

/** A fact the article adds. */
export const DraftFact = z.object({ fact: FactInput, review: Review })

/** A quote the article adds to a fact the dataset has: another article stating the same. */
export const DraftCitation = z.object({ factId: z.string().min(1), citation: CitationInput, review: Review })

/** One claim of the article: a sentence, and the facts that carry it or why it is left out. */
export const DraftClaim = z.object({
  id: z.string().min(1),
  sentence: z.number().int().nonnegative(),
  quotes: z.array(z.string().min(8)).min(1),
  facts: z.array(z.string().min(1)).min(1).optional(),
  leftOut: z.string().min(1).optional(),
})

/** A claim of the article joining a version of a disagreement the dataset records (the same statement). */
const DraftJoin = z.object({
  disagreement: z.string().min(1),
  says: z.string().min(1),
  claim: z.string().min(1),
})

/** A disagreement the article opens: its figure and the dataset's differ for the same company and period. */
const DraftDisagreement = z.object({
  id: z.string().min(1),
  about: z.string().min(1),
  facts: z.array(z.string().min(1)).min(1),
  versions: z.array(z.object({ says: z.string().min(1), claims: z.array(z.string().min(1)).min(1) })).min(2),
})

/**
 * Everything the intake proposes for one article, as the review page edits it and `--accept` writes it:
 * the article's manifest entry (metadata, chrome to drop), new companies, new facts, new quotes for facts
 * the dataset has, the claim for every sentence, and the disagreements found.
 */
export const Draft = z.object({
  version: z.literal(1),
  /** The raw file's name under data/sources/raw/ and the text it holds, verbatim. */
  raw: z.object({ file: z.string().regex(/^[a-z0-9_]+\.txt$/), text: z.string().min(1) }),
  article: ArticleManifestEntry,
  /** The words each metadata proposal rests on, for the reviewer. */
  metaEvidence: z.record(z.string(), z.string()),
  companies: z.array(Company),
  facts: z.array(DraftFact),
  citations: z.array(DraftCitation),
  claims: z.array(DraftClaim).min(1),
  joins: z.array(DraftJoin),
  disagreements: z.array(DraftDisagreement),
})
// As written (defaults left out, as data/*.yaml leaves them out); a draft read back is parsed into the same.
export type Draft = z.input<typeof Draft>
export type DraftFact = z.input<typeof DraftFact>
export type DraftCitation = z.input<typeof DraftCitation>
export type DraftClaim = z.input<typeof DraftClaim>
