import { useLayoutEffect, useRef } from 'react'
import { webFontNamed } from '../../lib/web-font.ts'

/**
 * The ref of a box that is not laid out while off-screen (content-visibility: auto), so that a filter click does
 * not pay for rows out of view. Skipped, the box keeps the height the browser last drew it at (its last
 * remembered size): it is drawn as the page starts, until the web font is in, so that height is the table's as
 * read, not a guess nor its height in the fallback font. A height that erred would change the page's when the
 * table is scrolled to, and a smooth scroll to the page's end (End) under way would stop short. The style is set
 * here, not rendered: the built page's markup stays the app's.
 */
export function useDrawnOnce<T extends HTMLElement>() {
  const box = useRef<T>(null)
  useLayoutEffect(() => {
    const el = box.current
    if (!el) return
    el.style.contentVisibility = 'visible'
    let frame = 0
    let mounted = true
    void webFontNamed.then(() => {
      // A size is remembered when the browser renders a frame: after one, the box may be skipped.
      if (mounted)
        frame = requestAnimationFrame(() => {
          frame = requestAnimationFrame(() => (el.style.contentVisibility = ''))
        })
    })
    return () => {
      mounted = false
      cancelAnimationFrame(frame)
    }
  }, [])
  return box
}
