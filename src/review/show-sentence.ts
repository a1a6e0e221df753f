import { flushSync } from 'react-dom'
import { navigate } from './use-review-url.ts'

/**
 * Selects a sentence of the open draft and moves the keyboard to its proposal. Another sentence's panel is a new
 * element, so the page is drawn at once (flushSync) before the focus moves, or the focus would land on the old one.
 */
export function showSentence(draft: string, sentence: number) {
  flushSync(() => navigate({ draft, sentence }, true))
  document.getElementById('sentence-panel')?.focus()
}
