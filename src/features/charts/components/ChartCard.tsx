import { useId, type ReactNode } from 'react'

export interface ChartCardProps {
  title: string
  subtitle?: ReactNode
  /** Where the numbers come from, shown under the chart and carried into exports. */
  source: string
  /** Why nothing is drawn, when the filters leave nothing to draw. */
  empty?: string | null
  /** One sentence that says what the chart shows, for screen readers. */
  summary: string
  /** The chart's data as a table, read by screen readers in place of the drawing. */
  table: ReactNode
  actions?: ReactNode
  footer?: ReactNode
  children: ReactNode
}

/** The frame every chart shares: title, actions, empty state, source line and text alternative. */
export function ChartCard({
  title,
  subtitle,
  source,
  empty,
  summary,
  table,
  actions,
  footer,
  children,
}: ChartCardProps) {
  const titleId = useId()
  const summaryId = useId()
  return (
    <section
      aria-labelledby={titleId}
      className="print-page flex h-full min-w-0 flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <header className="mb-2 flex items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h2 id={titleId} className="text-base font-semibold text-slate-900 dark:text-slate-50">
            {title}
          </h2>
          {subtitle && <p className="text-sm text-slate-600 dark:text-slate-300">{subtitle}</p>}
        </div>
        {actions && <div className="no-print flex shrink-0 gap-1">{actions}</div>}
      </header>
      {empty ? (
        <p
          role="status"
          className="flex min-h-40 flex-1 items-center justify-center rounded-lg bg-slate-50 p-4 text-center text-sm text-slate-600 dark:bg-slate-800 dark:text-slate-300"
        >
          {empty}
        </p>
      ) : (
        <figure aria-labelledby={titleId} aria-describedby={summaryId} className="flex min-w-0 flex-1 flex-col">
          <p id={summaryId} className="sr-only">
            {summary}
          </p>
          {children}
          {table}
          {footer}
          <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">{source}</figcaption>
        </figure>
      )}
    </section>
  )
}
