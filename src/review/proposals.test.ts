import { describe, expect, it } from 'vitest'
import { testDraft } from '../../scripts/review/draft.test-support.ts'
import { proposalsOf } from './proposals.ts'

describe('each sentence’s proposal', () => {
  it('is marked by what carries it: a disagreement first, then new facts, then quotes; else left out', () => {
    const proposals = proposalsOf(testDraft())
    expect([...proposals.values()].map((p) => [p.claim.sentence, p.kind])).toEqual([
      [0, 'left-out'],
      [1, 'new-facts'],
      [2, 'disagreement'],
      [3, 'disagreement'],
      [4, 'left-out'],
    ])
    expect(proposals.get(3)).toMatchObject({
      quotes: [{ factId: 'layoffs-2024-04' }],
      joins: [{ disagreement: 'cuts-count-words' }],
    })
    expect(proposals.get(2)?.facts.map((f) => f.fact.id)).toEqual(['share-aws-2023-q4-2'])
  })
})
