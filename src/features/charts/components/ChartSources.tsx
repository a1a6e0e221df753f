import { useId, useState, type CSSProperties, type ReactNode } from 'react'
import { sourcedFacts, type DatasetIndex } from '../../../domain/dataset-index.ts'
import type { EvidenceIndex } from '../../../domain/evidence-index.ts'
import { citationRole } from '../../../domain/kinds.ts'
import type { Fact } from '../../../domain/schema.ts'
import { EvidenceGate } from '../../evidence/index.ts'
import type { TextBlock } from '../layout/frame.ts'
import { DERIVED_NOTES, PRODUCED_BY, reportedIn, SOURCES_BUTTON, type SourcesView } from '../frame-words.ts'

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
  const [open, setOpen] = useState(false)
  const panel = useId()
  return (
    <div className={overlay ? '' : 'relative'} style={style}>
      <p className="text-slate-600 dark:text-slate-300">
        {short.text}{' '}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => setOpen(!open)}
          className="no-print font-medium whitespace-nowrap text-slate-800 underline underline-offset-2 dark:text-slate-100"
        >
          {open ? SOURCES_BUTTON.open : SOURCES_BUTTON.closed}
        </button>
      </p>
      {open && (
        <section
          id={panel}
          aria-label="Sources"
          className={
            overlay
              ? 'absolute inset-x-[0.5em] bottom-[0.5em] z-20 max-h-[85%] overflow-y-auto rounded-lg border border-slate-300 bg-white p-[0.75em] shadow-xl dark:border-slate-600 dark:bg-slate-900'
              : 'mt-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700'
          }
        >
          <SourcesList view={view} index={index} facts={facts} />
          {links && <div className="mt-[0.5em] flex flex-wrap items-baseline gap-x-[0.75em]">{links}</div>}
          {overlay && (
            <button
              type="button"
              onClick={() => setOpen(false)}
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

function SourcesList({ view, index, facts }: { view: SourcesView; index: DatasetIndex; facts: readonly Fact[] }) {
  return (
    <div className="space-y-[0.5em] text-slate-800 dark:text-slate-100">
      {view.producers.length > 0 && (
        <p>
          <span className="font-semibold">{PRODUCED_BY}: </span>
          {view.producers.join('; ')}
        </p>
      )}
      <p className="font-semibold">{reportedIn(view)}:</p>
      <EvidenceGate>
        {(evidence) => (
          <ul className="space-y-[0.5em]">
            {view.articles.map((a) => (
              <li key={a.id}>
                <cite className="font-medium not-italic">{a.headline}</cite>
                <span className="text-slate-600 dark:text-slate-300"> — {a.publisher}</span>
                <ArticleQuotes article={a.id} evidence={evidence} index={index} facts={facts} />
              </li>
            ))}
          </ul>
        )}
      </EvidenceGate>
      {view.derived && <p>{DERIVED_NOTES.sources}</p>}
      {view.yearNote && <p className="text-slate-600 dark:text-slate-300">{view.yearNote}</p>}
    </div>
  )
}

/** The quotes one article gives for the chart's values (a derived value's are its inputs'), each once. */
function ArticleQuotes(props: {
  article: string
  evidence: EvidenceIndex
  index: DatasetIndex
  facts: readonly Fact[]
}) {
  const { article, evidence, index, facts } = props
  const sourced = [...new Set(facts.flatMap((f) => sourcedFacts(index, f)))]
  const quotes = [
    ...new Set(
      sourced.flatMap((f) =>
        evidence
          .citationsOf(f.id)
          .filter((c) => c.article === article && citationRole(c) === 'value')
          .map((c) => c.quote),
      ),
    ),
  ]
  if (!quotes.length) return null
  return (
    <ul className="mt-[0.25em] space-y-[0.25em] border-l-2 border-amber-400 pl-[0.5em] text-slate-700 dark:text-slate-200">
      {quotes.map((q) => (
        <li key={q}>“{q}”</li>
      ))}
    </ul>
  )
}
