import { beforeAll, describe, expect, it } from 'vitest'
import type { QuotedDataset } from '../../domain/evidence-index.ts'
import { loadRealQuotedDataset } from '../../domain/real-dataset.test-support.ts'
import { keyQuote } from '../charts/index.ts'
import { captionWords, statingAsQuoted } from './caption-room.ts'

let sources: QuotedDataset

beforeAll(async () => {
  sources = await loadRealQuotedDataset()
})

describe('a slide caption’s “stated by”', () => {
  it('counts, for a value in several wordings, the articles that use the quote’s words', () => {
    const { index, evidence } = sources
    const cuts = index.factById.get('layoffs-2024-04')!
    expect(cuts.value).toMatchObject({ kind: 'vague', words: ['several hundred', 'hundreds'] })
    const quote = keyQuote(evidence, cuts.id)!
    expect(quote.quote).toContain('several hundred')
    // Five articles state the cuts: the untitled one, Computer Weekly and Converge360 as “several hundred”.
    expect(index.articleCountOf.get(cuts.id)).toBe(5)
    expect(statingAsQuoted(cuts, quote, index, evidence)).toBe(3)
    expect(captionWords(cuts, index, evidence).cite!.rest).toContain('stated by 3 of 5 articles')
  })

  it('counts every stating article for a value stated one way', () => {
    const { index, evidence } = sources
    const share = index.factById.get('share-aws-2023-q4')!
    expect(statingAsQuoted(share, keyQuote(evidence, share.id)!, index, evidence)).toBe(
      index.articleCountOf.get(share.id),
    )
  })
})
