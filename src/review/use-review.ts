import { useState } from 'react'
import type { ReviewState } from './review-state.ts'
import { forgetReview, loadReview, storeReview } from './review-storage.ts'

/** A draft's review in progress, kept in the browser on every change so a reload loses none of it. */
export function useReview(articleId: string) {
  const [review, setReview] = useState(() => loadReview(articleId))
  const update = (change: (review: ReviewState) => ReviewState) => {
    const next = change(review)
    storeReview(articleId, next)
    setReview(next)
  }
  const forget = () => forgetReview(articleId)
  return [review, update, forget] as const
}
