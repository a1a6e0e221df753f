import { createContext, useContext, type ReactNode } from 'react'

const InsideNoScript = createContext(false)

/**
 * What a reader without script gets in place of what needs it: written into the built HTML, never rendered
 * by React in the browser (it leaves a <noscript>'s children alone), so a page with script pays for it in
 * bytes only, not in DOM or hydration. One inside another renders in place: a browser that runs script reads
 * a <noscript> as text up to the first </noscript>, which a nested one would put too early.
 */
export function NoScript({ children }: { children: ReactNode }) {
  if (useContext(InsideNoScript)) return children
  return (
    // A block, so the margins of the page's spacing utilities hold around it.
    <noscript className="block">
      <InsideNoScript value>{children}</InsideNoScript>
    </noscript>
  )
}
