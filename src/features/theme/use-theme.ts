import { useEffect, useSyncExternalStore } from 'react'
import type { Theme } from '../url-state/index.ts'
import { applyTheme, DARK_QUERY, systemTheme } from './apply-theme.ts'

function subscribe(onChange: () => void) {
  const media = window.matchMedia(DARK_QUERY)
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}

/** The theme in force: the URL's choice, else the system setting. */
export function useEffectiveTheme(chosen: Theme | null): Theme {
  const system = useSyncExternalStore(subscribe, systemTheme, () => 'light' as const)
  return chosen ?? system
}

/** Keeps <html> in the theme in force (see applyTheme). */
export function useApplyTheme(theme: Theme, transparent: boolean) {
  useEffect(() => applyTheme(theme, transparent), [theme, transparent])
}
