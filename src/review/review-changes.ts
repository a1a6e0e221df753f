import type { Draft } from '../../scripts/review/review-api.ts'
import type { ReviewState, Verdict } from './review-state.ts'

type DraftFact = Draft['facts'][number]['fact']

const without = <T>(record: Record<string, T>, key: string) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key))

/** Whether two JSON values are equal, whatever the order of their keys. */
const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sorted)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sorted(v)]),
        )
      : value
const same = (a: unknown, b: unknown) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b))

/** A verdict given, or taken back (null). */
export const withVerdict =
  (claimId: string, verdict: Verdict | null) =>
  (review: ReviewState): ReviewState => ({
    ...review,
    verdicts: verdict ? { ...review.verdicts, [claimId]: verdict } : without(review.verdicts, claimId),
  })

/** A fact as edited, or back as proposed (null, or an edit that changes nothing). */
export const withFact =
  (proposed: DraftFact, fact: DraftFact | null) =>
  (review: ReviewState): ReviewState => ({
    ...review,
    facts:
      fact && !same(fact, proposed) ? { ...review.facts, [proposed.id]: fact } : without(review.facts, proposed.id),
  })

/** The article's entry as edited, or back as proposed. */
export const withArticle =
  (proposed: Draft['article'], article: Draft['article'] | null) =>
  (review: ReviewState): ReviewState => ({ ...review, article: article && !same(article, proposed) ? article : null })
