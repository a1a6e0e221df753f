import { useEffect } from 'react'

/** Escape there is the dialog's (the article, the embed code, the evidence sheet) or the text field's. */
const ownsEscape = (target: EventTarget | null) =>
  target instanceof Element && target.closest('dialog, input, textarea, select, [contenteditable]') !== null

/**
 * Escape clears the selected value wherever the focus is on the dashboard, as it does on a slide; not when
 * something on the way has used it (an open menu, the evidence column closing itself) or it is a dialog's.
 */
export function useEscapeClears(selected: boolean, clear: () => void) {
  useEffect(() => {
    if (!selected) return
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsEscape(e.target)) return
      clear()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [selected, clear])
}
