// The theme feature's public entry: what the rest of the app may import from it.
export { applyThemeFromUrl, type ThemeName } from './apply-theme'
export { ThemeToggle } from './ThemeToggle'
export { useApplyTheme, useEffectiveTheme } from './use-theme'
