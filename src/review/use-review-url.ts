import { useSyncExternalStore } from 'react'

/** The page's view, all of it in the URL: which draft is open, and which of its sentences is selected. */
export interface ReviewUrl {
  draft: string | null
  sentence: number | null
}

const CHANGE = 'review-url-change'

function read(search: string): ReviewUrl {
  const params = new URLSearchParams(search)
  const sentence = Number.parseInt(params.get('sentence') ?? '', 10)
  return { draft: params.get('draft'), sentence: Number.isInteger(sentence) && sentence >= 0 ? sentence : null }
}

/** The query string of a view: defaults left out, the page's theme (?theme=dark) kept. */
export function hrefOf(url: ReviewUrl): string {
  const theme = new URLSearchParams(window.location.search).get('theme')
  const params = new URLSearchParams(theme ? { theme } : {})
  if (url.draft) params.set('draft', url.draft)
  if (url.draft && url.sentence !== null) params.set('sentence', String(url.sentence))
  const query = params.toString()
  return query ? `?${query}` : window.location.pathname
}

/** Goes to a view: a new history entry for another draft, the same entry for another sentence. */
export function navigate(url: ReviewUrl, replace = false) {
  window.history[replace ? 'replaceState' : 'pushState'](null, '', hrefOf(url))
  window.dispatchEvent(new Event(CHANGE))
}

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGE, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGE, onChange)
  }
}

/** The view the URL holds, following back and forward. */
export function useReviewUrl(): ReviewUrl {
  const search = useSyncExternalStore(subscribe, () => window.location.search)
  return read(search)
}
