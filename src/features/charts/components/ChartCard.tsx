import { useId, type ReactNode } from 'react'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import type { ChartModel } from '../definition.ts'
import type { ChartFrame } from '../layout/frame.ts'
import { ChartContext } from './ChartContext.tsx'
import { ChartSources } from './ChartSources.tsx'

export interface ChartCardProps {
  model: ChartModel
  /** The chart's frame on a card: its title, subtitle, context figures and short source. */
  frame: ChartFrame
  index: DatasetIndex
  selectedId: string | null
  onSelect: (factId: string) => void
  /** The chart's data as a table, read by screen readers in place of the drawing. */
  table: ReactNode
  actions?: ReactNode
  children: ReactNode
}

/**
 * A chart's frame on the dashboard: title, actions, empty state, the drawing, its context figures, the
 * short source with the full Sources one click away, and the text alternative. Sizes are the frame's.
 */
export function ChartCard({ model, frame, index, selectedId, onSelect, table, actions, children }: ChartCardProps) {
  const titleId = useId()
  const summaryId = useId()
  return (
    <section
      aria-labelledby={titleId}
      className="print-page flex h-full min-w-0 flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <header className="mb-2 flex items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h2
            id={titleId}
            style={{ fontSize: frame.title.size }}
            className="leading-snug font-semibold text-slate-900 dark:text-slate-50"
          >
            {frame.title.text}
          </h2>
          {frame.subtitle && (
            <p style={{ fontSize: frame.subtitle.size }} className="text-slate-600 dark:text-slate-300">
              {frame.subtitle.text}
            </p>
          )}
        </div>
        {actions && <div className="no-print flex shrink-0 gap-1">{actions}</div>}
      </header>
      {model.empty ? (
        <p
          role="status"
          className="flex min-h-40 flex-1 items-center justify-center rounded-lg bg-slate-50 p-4 text-center text-sm text-slate-600 dark:bg-slate-800 dark:text-slate-300"
        >
          {model.empty}
        </p>
      ) : (
        <figure aria-labelledby={titleId} aria-describedby={summaryId} className="flex min-w-0 flex-1 flex-col">
          <p id={summaryId} className="sr-only">
            {model.summary}
          </p>
          {children}
          {table}
          {frame.context && (
            <ChartContext
              lines={frame.context.map((c) => c.line)}
              size={frame.context[0].block.size}
              selectedId={selectedId}
              onSelect={onSelect}
            />
          )}
          {frame.source && (
            <figcaption className="mt-2" style={{ fontSize: frame.source.size }}>
              <ChartSources short={frame.source} view={frame.sources.view} index={index} facts={model.facts} />
            </figcaption>
          )}
        </figure>
      )}
    </section>
  )
}
