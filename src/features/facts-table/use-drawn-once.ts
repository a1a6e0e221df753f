import { useLayoutEffect, useRef } from 'react'

/**
 * The ref of a box that is not laid out while off-screen (content-visibility: auto), so that a filter click does
 * not pay for rows out of view. Skipped, the box keeps the height the browser last drew it at (its last
 * remembered size): it is drawn once as the page starts, so that height is the table's, not a guess. A guess
 * that erred would change the page's height when the table is scrolled to, and a smooth scroll to the page's
 * end (End) under way would stop mid-table. The style is set here, not rendered: the built page's markup stays
 * the app's.
 */
export function useDrawnOnce<T extends HTMLElement>() {
  const box = useRef<T>(null)
  useLayoutEffect(() => {
    const el = box.current
    if (!el) return
    el.style.contentVisibility = 'visible'
    // A size is remembered when the browser renders a frame: after one, the box may be skipped.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => (el.style.contentVisibility = ''))
    })
    return () => cancelAnimationFrame(frame)
  }, [])
  return box
}
