import { useEffect } from 'react'
import type { SearchState } from '../url-state/index.ts'
import { legiblePalette, useHostLook } from './host-scheme.ts'
import { useForwardKeys } from './use-forward-keys.ts'

/**
 * An embed's terms with the page around it, where embed-resize.js runs there: a transparent embed
 * declares the iframe's colour scheme (so the browser paints no backdrop and the page shows through)
 * and draws in a palette legible on the page's background; and the keys the chart does not use go
 * back to the page. (Without the script, index.css declares the palette's own scheme, which the
 * snippet gives the iframe too, and keys stay where the browser sends them.)
 */
export function useHostPage({ theme, bg }: Pick<SearchState, 'theme' | 'bg'>) {
  const look = useHostLook()
  const transparent = bg === 'transparent'
  useEffect(() => {
    if (!transparent || !look) return
    const root = document.documentElement
    root.classList.toggle('dark', legiblePalette(theme, look) === 'dark')
    root.style.colorScheme = look.scheme
  }, [transparent, theme, look])
  useForwardKeys()
}
