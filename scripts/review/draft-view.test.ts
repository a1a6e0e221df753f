import { describe, expect, it } from 'vitest'
import { TEXT, testDraft } from './draft.test-support.ts'
import { articleParagraphs } from './draft-view.ts'

describe('the article as the review page shows it', () => {
  it('is the cleaned text line by line, each sentence numbered as the draft’s claims number it', () => {
    const draft = testDraft()
    const paragraphs = articleParagraphs(draft)
    expect(paragraphs.map((p) => p.map((s) => s.text).join(''))).toEqual(TEXT.split('\n').filter(Boolean))
    const sentences = paragraphs.flat().filter((s) => s.sentence !== null)
    for (const claim of draft.claims)
      expect(sentences[claim.sentence]).toEqual({ sentence: claim.sentence, text: claim.quotes[0] })
  })

  it('leaves out the page chrome the draft drops', () => {
    const draft = testDraft()
    draft.article.removeLines = [{ line: draft.claims[4].quotes[0], why: 'A teaser for another story.' }]
    expect(
      articleParagraphs(draft)
        .flat()
        .map((s) => s.text),
    ).not.toContain(draft.claims[4].quotes[0])
  })
})
