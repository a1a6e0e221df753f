import { ThemeToggle } from '../theme/ThemeToggle'
import { useEffectiveTheme } from '../theme/use-theme'
import { useSearchState } from '../url-state/use-search-state'

export function DashboardHeader() {
  const [{ theme: chosen }, setState] = useSearchState()
  const theme = useEffectiveTheme(chosen)
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-[1920px] flex-wrap items-center justify-between gap-3 px-4 py-3 lg:px-6">
        <div>
          <p className="text-lg font-semibold text-slate-900 dark:text-slate-50">Cloud market dashboard</p>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            AWS’s April 2024 layoffs in context: every number traced to the sentence that states it.
          </p>
        </div>
        <div className="no-print flex items-center gap-2">
          <ThemeToggle theme={theme} onChange={(t) => setState({ theme: t })} />
        </div>
      </div>
    </header>
  )
}
