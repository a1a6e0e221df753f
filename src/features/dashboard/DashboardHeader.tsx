import { YEAR_INFERRED_MARK } from '../../domain/format-fact.ts'
import { chartOnScreen, PRESENT_BUTTON_ID } from '../present/index.ts'
import { ShareLink } from '../share/index.ts'
import { ThemeToggle, useEffectiveTheme } from '../theme/index.ts'
import { useSearchState } from '../url-state/index.ts'

export function DashboardHeader() {
  const [{ theme: chosen }, setState] = useSearchState()
  const theme = useEffectiveTheme(chosen)
  // Full screen needs the click's user gesture, so it is asked for here, not in the slides. The deck opens on the
  // chart the reader is on, its selection kept for the caption.
  const present = () => {
    void document.documentElement.requestFullscreen?.().catch(() => {})
    void setState({ view: 'present', slide: null, chart: chartOnScreen(), article: null })
  }
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-[1920px] flex-wrap items-center justify-between gap-3 px-4 py-3 lg:px-6">
        <div>
          <h1 className="text-lg font-semibold text-slate-900 dark:text-slate-50">Cloud market dashboard</h1>
          {/* Each line one text node, the note a line of its own: the first frame is drawn in a fallback font whose
              "*" is narrower than Inter's, and text placed after a mark would move when Inter arrives. */}
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {`AWS’s April 2024${YEAR_INFERRED_MARK} layoffs in context: every number traced to the sentences that state it, or to the figures and words it is derived from.`}
            <span className="block text-xs text-slate-500 dark:text-slate-400">
              {`${YEAR_INFERRED_MARK} Year inferred: the articles date the news “on 3 April” (Computer Weekly) or to a “Wednesday” (Converge360, Quartz), and none prints the year.`}
            </span>
          </p>
        </div>
        <div className="no-print flex flex-wrap items-center justify-end gap-2 text-sm">
          {/* Part of the first load (about 1 kB): loaded later, it would drop out of the prerendered header and back. */}
          <ShareLink />
          <button
            id={PRESENT_BUTTON_ID}
            type="button"
            onClick={present}
            className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white"
          >
            Present
          </button>
          <ThemeToggle theme={theme} onChange={(t) => setState({ theme: t })} />
        </div>
      </div>
    </header>
  )
}
