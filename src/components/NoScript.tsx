// import.meta.env typed for the build's scripts too, which reach this file through the footer.
/// <reference types="vite/client" />
import { createContext, useContext, type ReactNode } from 'react'

const InsideNoScript = /* @__PURE__ */ createContext(false)

/**
 * What a reader without script gets in place of what needs it: written into the built HTML, never rendered
 * by React in the browser (it leaves a <noscript>'s children alone), so a page with script pays for it in
 * bytes only, not in DOM or hydration. One inside another renders in place: a browser that runs script reads
 * a <noscript> as text up to the first </noscript>, which a nested one would put too early.
 */
export function NoScript({ children }: { children: ReactNode }) {
  // In the browser the element alone, to hydrate the built one: its content is the build's to write.
  if (!import.meta.env.SSR) return <noscript className="block" />
  return <BuiltNoScript>{children}</BuiltNoScript>
}

function BuiltNoScript({ children }: { children: ReactNode }) {
  if (useContext(InsideNoScript)) return children
  return (
    // A block, so the margins of the page's spacing utilities hold around it.
    <noscript className="block">
      <InsideNoScript value>{children}</InsideNoScript>
    </noscript>
  )
}
