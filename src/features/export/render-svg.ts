import type { ReactElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'

/**
 * An SVG element tree as XML text, rendered with the React DOM the page has
 * already loaded (react-dom/server would add ~70 kB to every export).
 * `idPrefix` keeps ids unique when several exported files share one page.
 */
export function renderSvgMarkup(element: ReactElement, idPrefix: string): string {
  const host = document.createElement('div')
  const root = createRoot(host, { identifierPrefix: idPrefix })
  try {
    flushSync(() => root.render(element))
    const svg = host.firstElementChild
    if (!svg) throw new Error('The chart could not be drawn into a file.')
    return new XMLSerializer().serializeToString(svg)
  } finally {
    root.unmount()
  }
}
