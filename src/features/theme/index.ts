// The theme feature's public entry: what the rest of the app may import from it.
export { type ThemeName } from './apply-theme.ts'
export { ThemeToggle } from './ThemeToggle.tsx'
export { useApplyTheme, useEffectiveTheme } from './use-theme.ts'
