import type { Draft } from '../../scripts/review/review-api.ts'

type DraftClaim = Draft['claims'][number]

/** What the intake proposes a sentence is, by what carries it; the text is marked by the first that applies. */
export const PROPOSAL_KINDS = {
  disagreement: 'Disagrees',
  'new-facts': 'New facts',
  quotes: 'Quotes known facts',
  'left-out': 'Left out',
} as const
export type ProposalKind = keyof typeof PROPOSAL_KINDS

/** One sentence's proposal, gathered from the draft's lists. */
export interface SentenceProposal {
  claim: DraftClaim
  kind: ProposalKind
  /** New facts the sentence carries. */
  facts: Draft['facts']
  /** Quotes it adds to facts the dataset has (corroborations). */
  quotes: Draft['citations']
  /** Recorded disagreements it joins, as one of their versions. */
  joins: Draft['joins']
  /** Disagreements it opens: its figure and the dataset's differ. */
  disagreements: Draft['disagreements']
}

/** Each claim's proposal, by the index of the sentence it reads. */
export function proposalsOf(draft: Draft): Map<number, SentenceProposal> {
  return new Map(
    draft.claims.map((claim) => {
      const facts = draft.facts.filter((f) => claim.facts?.includes(f.fact.id))
      const quotes = draft.citations.filter((c) => c.review.sentence === claim.sentence)
      const joins = draft.joins.filter((j) => j.claim === claim.id)
      const disagreements = draft.disagreements.filter((d) => d.versions.some((v) => v.claims.includes(claim.id)))
      const kind: ProposalKind = claim.leftOut
        ? 'left-out'
        : joins.length || disagreements.length
          ? 'disagreement'
          : facts.length
            ? 'new-facts'
            : 'quotes'
      return [claim.sentence, { claim, kind, facts, quotes, joins, disagreements }]
    }),
  )
}
