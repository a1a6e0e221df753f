import { NoScript } from '../../components/NoScript.tsx'

/**
 * In the filters' place where no script runs: the built page is the unfiltered dashboard whatever the link
 * asks for (the HTML is the same for every query), and its controls are hidden, so the page says so.
 */
export function NoScriptNotice() {
  return (
    // Written by the build only: the browser never renders a <noscript>'s content.
    <NoScript>
      {import.meta.env.SSR && (
        <p className="rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-700 shadow-sm dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300">
          Without JavaScript this page shows all companies and periods, whatever filters its link asks for. Filtering,
          reading a value’s quotes, Copy link, Present, Embed and Export need JavaScript; “Download data” below has
          every quote.
        </p>
      )}
    </NoScript>
  )
}
