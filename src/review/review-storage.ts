import { ReviewState, emptyReview } from './review-state.ts'

const key = (articleId: string) => `review:${articleId}`

/**
 * The review in progress of a draft, as the browser kept it, checked against the schema: a review of another
 * shape (an older page, a hand edit) is set aside rather than half applied. Empty when there is none.
 */
export function loadReview(articleId: string, storage: Storage = localStorage): ReviewState {
  const text = storage.getItem(key(articleId))
  if (!text) return emptyReview()
  try {
    const json: unknown = JSON.parse(text)
    // Kept as written (defaults left out, as the draft writes them) once the schema has checked it.
    if (ReviewState.safeParse(json).success) return json as ReviewState
  } catch {
    // Not JSON: set aside below, like a review of another shape.
  }
  storage.removeItem(key(articleId))
  return emptyReview()
}

export const storeReview = (articleId: string, review: ReviewState, storage: Storage = localStorage) =>
  storage.setItem(key(articleId), JSON.stringify(review))

export const forgetReview = (articleId: string, storage: Storage = localStorage) => storage.removeItem(key(articleId))

/** What a save wrote, said on the drafts' list: kept for the tab, since the dev server reloads it once data/ changes. */
export interface SavedNote {
  articleId: string
  summary: string[]
  written: string[]
}
const SAVED = 'review:saved'

export const storeSaved = (note: SavedNote, storage: Storage = sessionStorage) =>
  storage.setItem(SAVED, JSON.stringify(note))

export function loadSaved(storage: Storage = sessionStorage): SavedNote | null {
  try {
    return JSON.parse(storage.getItem(SAVED) ?? 'null') as SavedNote | null
  } catch {
    return null
  }
}

export const forgetSaved = (storage: Storage = sessionStorage) => storage.removeItem(SAVED)
