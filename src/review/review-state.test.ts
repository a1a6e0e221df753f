import { describe, expect, it } from 'vitest'
import { Draft } from '../../scripts/article/draft.ts'
import { testDraft } from '../../scripts/review/draft.test-support.ts'
import { withArticle, withFact, withVerdict } from './review-changes.ts'
import { emptyReview, reviewedDraft, statusOf, undecided, type ReviewState } from './review-state.ts'

const draft = testDraft()
const review = (...changes: ((r: ReviewState) => ReviewState)[]) =>
  changes.reduce((r, change) => change(r), emptyReview())
const leaveOut = (claim: string, reason = 'Not about the market.') => withVerdict(claim, { kind: 'leave-out', reason })
const factIds = (d: ReturnType<typeof testDraft>) => d.facts.map((f) => f.fact.id)

describe('the draft a review makes', () => {
  it('is the draft as proposed when every sentence is accepted, and one the save endpoint takes', () => {
    const accepted = review(...draft.claims.map((c) => withVerdict(c.id, { kind: 'accept' })))
    expect(reviewedDraft(draft, accepted)).toEqual(draft)
    expect(Draft.safeParse(reviewedDraft(draft, accepted)).success).toBe(true)
    expect(undecided(draft, accepted)).toEqual([])
    expect(undecided(draft, emptyReview())).toHaveLength(draft.claims.length)
  })

  it('leaves a rejected sentence out for the reviewer’s reason, with the new fact and disagreement it carried', () => {
    const reviewed = reviewedDraft(draft, review(leaveOut('009-canalys-put', 'Another firm’s figure we do not chart.')))
    expect(reviewed.claims.find((c) => c.id === '009-canalys-put')).toEqual({
      id: '009-canalys-put',
      sentence: 2,
      quotes: draft.claims[2].quotes,
      leftOut: 'Another firm’s figure we do not chart.',
    })
    expect(factIds(reviewed)).toEqual(['share-acme-2024-q1'])
    expect(reviewed.disagreements).toEqual([])
    expect(Draft.safeParse(reviewed).success).toBe(true)
  })

  it('drops a new company no kept fact names, and the quotes and statements of a sentence left out', () => {
    const reviewed = reviewedDraft(draft, review(leaveOut('009-acme-held'), leaveOut('009-aws-cutting')))
    expect(reviewed.companies).toEqual([])
    expect(factIds(reviewed)).toEqual(['share-aws-2023-q4-2'])
    expect(reviewed.citations).toEqual([])
    expect(reviewed.joins).toEqual([])
    expect(statusOf(draft.claims[1], review(leaveOut('009-acme-held')))).toBe('left-out')
  })

  it('writes an edited fact, and the disagreement over it says the edited figure', () => {
    const [, proposed] = draft.facts
    const edited = { ...proposed.fact, value: { kind: 'stated' as const, amount: 33, unit: 'percent' as const } }
    const reviewed = reviewedDraft(draft, review(withFact(proposed.fact, edited)))
    expect(reviewed.facts[1].fact).toEqual(edited)
    expect(reviewed.disagreements[0].versions.map((v) => v.says)).toEqual([
      '31%, from Synergy Research Group',
      '33%, from Canalys',
    ])
    // An edit back to the proposal is no edit.
    expect(review(withFact(proposed.fact, edited), withFact(proposed.fact, { ...proposed.fact })).facts).toEqual({})
  })

  it('writes the article’s metadata as edited', () => {
    const article = { ...draft.article, publisher: 'Canalys Newsroom', publisherEvidence: 'Canalys' }
    expect(reviewedDraft(draft, review(withArticle(draft.article, article))).article).toEqual(article)
    expect(review(withArticle(draft.article, { ...draft.article })).article).toBeNull()
  })
})
