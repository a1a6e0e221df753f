/** The two themes; the URL's `theme` parameter names one, or the system's applies. */
export type ThemeName = 'light' | 'dark'

export const DARK_QUERY = '(prefers-color-scheme: dark)'

export const systemTheme = (): ThemeName => (window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light')

/**
 * Applies a theme to <html>, so colours, scrollbars and form controls all follow
 * it (index.css sets the colour scheme from these classes). A transparent embed
 * declares its palette's scheme: a frame whose scheme differs from its host's
 * gets an opaque backdrop from the browser, in the frame's scheme, so its text
 * stays legible (embed-resize.js lets it match the host instead).
 */
export function applyTheme(theme: ThemeName, transparent: boolean) {
  const root = document.documentElement
  root.classList.toggle('dark', theme === 'dark')
  root.classList.toggle('transparent', transparent)
}

/**
 * The theme a URL asks for, applied before the first paint: read straight from
 * the query (the app's parsers load with the app), so a prerendered page never
 * flashes the other theme. The app applies the same once it runs.
 */
export function applyThemeFromUrl(search: string) {
  const params = new URLSearchParams(search)
  const chosen = params.get('theme')
  const theme = chosen === 'light' || chosen === 'dark' ? chosen : systemTheme()
  applyTheme(theme, params.get('view') === 'embed' && params.get('bg') === 'transparent')
}
