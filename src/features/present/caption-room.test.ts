import { beforeAll, describe, expect, it } from 'vitest'
import type { QuotedDataset } from '../../domain/evidence-index.ts'
import { loadRealQuotedDataset } from '../../domain/real-dataset.test-support.ts'
import { keyQuote } from '../charts/index.ts'
import { captionWords } from './caption-room.ts'

let sources: QuotedDataset

beforeAll(async () => {
  sources = await loadRealQuotedDataset()
})

describe('a slide caption’s “stated by”', () => {
  it('counts every stating article, as the evidence panel does, and how many use the quote’s words and each other wording', () => {
    const { index, evidence } = sources
    const cuts = index.factById.get('layoffs-2024-04')!
    expect(cuts.value).toMatchObject({ kind: 'vague', words: ['several hundred', 'hundreds'] })
    expect(keyQuote(evidence, cuts.id)!.quote).toContain('several hundred')
    // Five articles state the cuts: three as “several hundred” (the untitled one, Computer Weekly, Converge360)
    // and three as “hundreds”, one of them in both.
    expect(captionWords(cuts, index, evidence).cite!.rest).toMatch(
      / · stated by 5 of 5 articles, 3 in these words, 3 as “hundreds”$/,
    )
  })

  it('says only how many articles state a value stated one way', () => {
    const { index, evidence } = sources
    const share = index.factById.get('share-aws-2023-q4')!
    expect(index.articleCountOf.get(share.id)).toBe(1)
    expect(captionWords(share, index, evidence).cite!.rest).not.toMatch(/stated by|in these words/)
    const azure = index.factById.get('share-azure-2023-q4')!
    expect(captionWords(azure, index, evidence).cite!.rest).not.toMatch(/in these words/)
  })
})
