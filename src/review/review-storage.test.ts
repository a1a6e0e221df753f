import { describe, expect, it } from 'vitest'
import { testDraft } from '../../scripts/review/draft.test-support.ts'
import { emptyReview, type ReviewState } from './review-state.ts'
import { forgetReview, loadReview, storeReview } from './review-storage.ts'

/** The Storage the page uses, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  }
}

const { facts, article } = testDraft()
const work: ReviewState = {
  verdicts: { '009-acme-held': { kind: 'accept' }, '009-firm-expects': { kind: 'leave-out', reason: 'A forecast.' } },
  facts: { [facts[0].fact.id]: { ...facts[0].fact, source: 'Canalys research' } },
  article: { ...article, title: 'Cloud shares shift' },
}

describe('a review kept in the browser', () => {
  it('reads back as it was stored, per article, until it is forgotten', () => {
    const storage = memoryStorage()
    storeReview(article.id, work, storage)
    expect(loadReview(article.id, storage)).toEqual(work)
    expect(loadReview('010_other', storage)).toEqual(emptyReview())
    forgetReview(article.id, storage)
    expect(loadReview(article.id, storage)).toEqual(emptyReview())
  })

  it('is set aside when it is not a review the page can apply', () => {
    const storage = memoryStorage()
    storage.setItem(
      `review:${article.id}`,
      JSON.stringify({ ...work, verdicts: { '009-acme-held': { kind: 'maybe' } } }),
    )
    expect(loadReview(article.id, storage)).toEqual(emptyReview())
    expect(storage.length).toBe(0)
    storage.setItem(`review:${article.id}`, '{ not json')
    expect(loadReview(article.id, storage)).toEqual(emptyReview())
  })
})
