import { z } from 'zod'
import { ArticleManifestEntry } from '../../scripts/dataset/clean-article.ts'
import { versionSays } from '../../scripts/article/version-says.ts'
import { FactInput } from '../domain/schema.ts'
import type { Draft } from '../../scripts/review/review-api.ts'

type DraftFact = Draft['facts'][number]['fact']
type DraftClaim = Draft['claims'][number]

/** What the reviewer decided for a sentence: take its proposal, or leave the sentence out for a reason. */
const Verdict = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accept') }),
  z.object({ kind: z.literal('leave-out'), reason: z.string().min(1) }),
])
export type Verdict = z.infer<typeof Verdict>

/**
 * A review in progress: a verdict per claim, the new facts as edited, the article's entry as edited. Kept in
 * the browser until it is saved (review-storage.ts), so it is a schema: what a reload reads back is checked.
 */
export const ReviewState = z.object({
  verdicts: z.record(z.string(), Verdict),
  facts: z.record(z.string(), FactInput),
  article: ArticleManifestEntry.nullable(),
})
export type ReviewState = {
  verdicts: Record<string, Verdict>
  facts: Record<string, DraftFact>
  article: Draft['article'] | null
}

export const emptyReview = (): ReviewState => ({ verdicts: {}, facts: {}, article: null })

/** How a sentence's proposal stands in the review. */
export type SentenceStatus = 'to-review' | 'accepted' | 'left-out'

export function statusOf(claim: DraftClaim, review: ReviewState): SentenceStatus {
  const verdict = review.verdicts[claim.id]
  if (!verdict) return 'to-review'
  return verdict.kind === 'leave-out' ? 'left-out' : 'accepted'
}

/** The claims no verdict has been given for yet. */
export const undecided = (draft: Draft, review: ReviewState) =>
  draft.claims.filter((c) => statusOf(c, review) === 'to-review')

/** A claim as the review has it: left out for the reviewer's reason, or as proposed. */
function reviewedClaim(claim: DraftClaim, review: ReviewState): DraftClaim {
  const verdict = review.verdicts[claim.id]
  if (verdict?.kind !== 'leave-out') return claim
  return { id: claim.id, sentence: claim.sentence, quotes: claim.quotes, leftOut: verdict.reason }
}

/**
 * The draft the review makes, as the save endpoint takes it: sentences left out lose the facts, quotes and
 * disagreement statements they carried (a new fact no sentence carries any more is dropped, and with it its
 * disagreements and a new company no fact names); edited facts replace the proposed ones, and a disagreement
 * over an edited figure says the edited figure.
 */
export function reviewedDraft(draft: Draft, review: ReviewState): Draft {
  const claims = draft.claims.map((c) => reviewedClaim(c, review))
  const kept = new Set(claims.filter((c) => c.facts).map((c) => c.id))
  const keptSentence = (sentence: number) => claims.some((c) => c.sentence === sentence && c.facts)
  const carried = new Set(claims.flatMap((c) => c.facts ?? []))
  const newIds = new Set(draft.facts.map((f) => f.fact.id))

  const facts = draft.facts
    .filter((f) => carried.has(f.fact.id))
    .map((f) => ({ ...f, fact: review.facts[f.fact.id] ?? f.fact }))
  const factById = new Map(facts.map((f) => [f.fact.id, f.fact]))
  const disagreements = draft.disagreements
    .filter((d) => d.facts.every((id) => !newIds.has(id) || factById.has(id)))
    .filter((d) => d.versions.every((v) => v.claims.every((id) => kept.has(id) || !claims.some((c) => c.id === id))))
    .map((d) => ({
      ...d,
      versions: d.versions.map((v, i) => {
        const fact = factById.get(d.facts[i])
        const proposed = draft.facts.find((f) => f.fact.id === d.facts[i])?.fact
        // Only a version the intake worded from its fact is worded again; one a person wrote stays.
        return fact && proposed && v.says === versionSays(proposed.value, proposed.source)
          ? { ...v, says: versionSays(fact.value, fact.source) }
          : v
      }),
    }))
  return {
    ...draft,
    article: review.article ?? draft.article,
    companies: draft.companies.filter((c) => facts.some((f) => f.fact.company === c.id)),
    facts,
    citations: draft.citations.filter((c) => keptSentence(c.review.sentence)),
    claims,
    joins: draft.joins.filter((j) => kept.has(j.claim)),
    disagreements,
  }
}
