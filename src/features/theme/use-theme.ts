import { useEffect, useSyncExternalStore } from 'react'
import type { Theme } from '../url-state/search-params'

const DARK_QUERY = '(prefers-color-scheme: dark)'

function subscribe(onChange: () => void) {
  const media = window.matchMedia(DARK_QUERY)
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}
const systemTheme = (): Theme => (window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light')

/** The theme in force: the URL's choice, else the system setting. */
export function useEffectiveTheme(chosen: Theme | null): Theme {
  const system = useSyncExternalStore(subscribe, systemTheme, () => 'light' as const)
  return chosen ?? system
}

/**
 * Applies the theme to <html>, so colours, scrollbars and form controls all
 * follow it. A transparent embed keeps the light scheme of a host page that
 * declares none, whatever its own theme: a frame whose scheme differs from its
 * host's gets an opaque backdrop from the browser.
 */
export function useApplyTheme(theme: Theme, transparent: boolean) {
  useEffect(() => applyTheme(theme, transparent), [theme, transparent])
}

export function applyTheme(theme: Theme, transparent: boolean) {
  const root = document.documentElement
  root.classList.toggle('dark', theme === 'dark')
  root.style.colorScheme = transparent ? 'light' : theme
  root.classList.toggle('transparent', transparent)
}

/** The theme a URL asks for, else the system's: set before the first paint of a prerendered page. */
export const startTheme = (chosen: Theme | null): Theme => chosen ?? systemTheme()
