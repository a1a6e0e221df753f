import type { Theme } from '../url-state/index.ts'

/**
 * Switches between light and dark; the choice goes into the URL, so a shared link keeps it. Its text takes
 * the size of where it sits (the dashboard's header, a slide's bar), like the buttons beside it.
 */
export function ThemeToggle({ theme, onChange }: { theme: Theme; onChange: (theme: Theme) => void }) {
  const dark = theme === 'dark'
  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={() => onChange(dark ? 'light' : 'dark')}
      // Pressed only in the dark theme, where it looks pressed (a fill, not the primary button's): it says it is on.
      className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-100 aria-pressed:border-slate-500 aria-pressed:bg-slate-700 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      <span aria-hidden="true" className="inline-block w-4 text-center">
        {dark ? '☾' : '☀'}
      </span>
      Dark theme
    </button>
  )
}
