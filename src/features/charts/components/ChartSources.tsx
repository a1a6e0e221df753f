import { Suspense, useEffect, useRef, type CSSProperties, type ReactNode } from 'react'
import { useDisclosure } from '../../../components/use-disclosure.ts'
import { ErrorBoundary } from '../../../components/ErrorBoundary.tsx'
import { retryingLazy } from '../../../components/retrying-lazy.tsx'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import type { Fact } from '../../../domain/schema.ts'
import type { TextBlock } from '../layout/frame.ts'
import { SOURCES_BUTTON, type SourcesView } from '../frame-words.ts'

// The list loads on a first hover, focus or click of Sources: few readers open it, and every page draws the button.
const loadSourcesList = () => import('./SourcesList.tsx')
const [SourcesList, retrySourcesList] = retryingLazy(loadSourcesList)
const preload = () => void loadSourcesList().catch(() => {})

interface ChartSourcesProps {
  /** The frame's short source line. */
  short: TextBlock
  view: SourcesView
  index: DatasetIndex
  facts: readonly Fact[]
  /** Lay the list over the chart (an embed, a slide, whose height is fixed) rather than below it. */
  overlay?: boolean
  /** The frame's size and line height for the line. */
  style: CSSProperties
  /** What the frame had no room for under the line (an embed's links), at the panel's end. */
  links?: ReactNode
}

/**
 * The chart's short source and, one click away, everything it stands for: who produced the numbers,
 * each article with its headline, publisher and the quotes it gives, and the notes on inferred years
 * and derived values. A button, so the keyboard reaches it like any other.
 */
export function ChartSources({ short, view, index, facts, overlay = false, style, links }: ChartSourcesProps) {
  const { open, setOpen, button, buttonProps, regionId } = useDisclosure()
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  const list = useRef<HTMLElement>(null)
  // Laid over the chart, the list covers its own button: the focus goes into it, and back to the button as it closes.
  useEffect(() => {
    if (open && overlay) list.current?.focus()
  }, [open, overlay])
  return (
    <div
      className={overlay ? '' : 'relative'}
      style={style}
      onKeyDown={(e) => {
        // Escape closes the list before anything around it (a slide's Escape leaves the deck).
        // Marked as used, too, so an embed does not pass it on to the page around it (forward-keys.ts).
        if (e.key !== 'Escape' || !open) return
        e.preventDefault()
        e.stopPropagation()
        close()
      }}
    >
      <p className="text-slate-600 dark:text-slate-300">
        {short.text}{' '}
        <button
          {...buttonProps}
          onPointerEnter={preload}
          onFocus={preload}
          className="no-print font-medium whitespace-nowrap text-slate-800 underline underline-offset-2 dark:text-slate-100"
        >
          {open ? SOURCES_BUTTON.open : SOURCES_BUTTON.closed}
        </button>
      </p>
      {open && (
        <section
          id={regionId}
          ref={list}
          tabIndex={overlay ? -1 : undefined}
          aria-label="Sources"
          className={
            overlay
              ? 'absolute inset-x-[0.5em] bottom-[0.5em] z-20 max-h-[85%] overflow-y-auto rounded-lg border border-slate-300 bg-white p-[0.75em] shadow-xl dark:border-slate-600 dark:bg-slate-900'
              : 'mt-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700'
          }
        >
          <ErrorBoundary name="This chart’s sources" onCaught={retrySourcesList}>
            <Suspense fallback={<p>Loading the sources…</p>}>
              <SourcesList view={view} index={index} facts={facts} />
            </Suspense>
          </ErrorBoundary>
          {links && <div className="mt-[0.5em] flex flex-wrap items-baseline gap-x-[0.75em]">{links}</div>}
          {overlay && (
            <button
              type="button"
              onClick={() => close()}
              className="mt-[0.5em] font-medium underline underline-offset-2"
            >
              {SOURCES_BUTTON.close}
            </button>
          )}
        </section>
      )}
    </div>
  )
}
