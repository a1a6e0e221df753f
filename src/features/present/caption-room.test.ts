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
      / · stated by 5 of 5 articles, 3 in these words, 3 as “hundreds”, 1 in both$/,
    )
  })

  it('says only how many articles state a value worded one way, or nothing when one does', () => {
    const { index, evidence } = sources
    // A vague value in one wording (“thousands”), stated by one article: no count, no split.
    const positions = index.factById.get('aws-open-positions-2024-04')!
    expect(positions.value).toMatchObject({ kind: 'vague', words: ['thousands'] })
    expect(index.articleCountOf.get(positions.id)).toBe(1)
    expect(captionWords(positions, index, evidence).cite!.rest).not.toMatch(/stated by|in these words|as “/)
    // A figure stated by several articles in the same words: the count alone.
    const several = index.facts.find((f) => f.value.kind === 'stated' && index.articleCountOf.get(f.id)! > 1)!
    const rest = captionWords(several, index, evidence).cite!.rest
    expect(rest).toMatch(/ · stated by \d of 5 articles$/)
  })
})
