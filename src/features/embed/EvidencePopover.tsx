import { useEffect, useRef } from 'react'
import { CloseButton } from '../../components/CloseButton.tsx'

import { articleLabel, articlePublisher } from '../../domain/article-label.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { EvidenceIndex } from '../../domain/evidence-index.ts'
import type { Fact } from '../../domain/schema.ts'
import { isDerivedValue } from '../../domain/kinds.ts'
import { keyQuote } from '../charts/index.ts'
import { EvidenceGate, HighlightedQuote } from '../evidence/index.ts'
import { formulaWithRounding } from '../../domain/rounding-range.ts'
import { VALUE_KIND_LABELS, formatValue, shortYearNote, markedPeriod } from '../../domain/format-fact.ts'

/**
 * The embed's compact evidence: the value and its period, how many articles state it with a link to
 * the rest (first, so a 16:9 frame always shows it), its key quote and what the articles differ on.
 */
export function EvidencePopover({
  index,
  fact,
  moreUrl,
  onClose,
}: {
  index: DatasetIndex
  fact: Fact
  moreUrl: string
  onClose: () => void
}) {
  useEffect(() => {
    // On the document, before the window where the embed hands unused keys to its page: this Escape is used.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      e.preventDefault()
      onClose()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [onClose])
  // The popover comes after every mark in the tab order: the focus goes to it from the mark or figure that opened
  // it, and back to that one when it closes, where it would otherwise fall to the page. The opener is held across
  // runs: a run with the focus already inside (another fact chosen from here, a second run in development) keeps it.
  const root = useRef<HTMLElement>(null)
  const opener = useRef<HTMLElement | SVGElement | null>(null)
  useEffect(() => {
    const active = document.activeElement
    if ((active instanceof HTMLElement || active instanceof SVGElement) && active !== document.body) {
      if (!root.current?.contains(active)) opener.current = active
      root.current?.focus({ preventScroll: true })
    }
    return () => {
      if (document.activeElement === document.body && opener.current?.isConnected) opener.current.focus()
    }
  }, [fact.id])
  const stating = index.articleCountOf.get(fact.id) ?? 0
  const yearNote = shortYearNote([fact])
  return (
    <section
      ref={root}
      tabIndex={-1}
      aria-label={`Evidence: ${fact.label}`}
      className="absolute inset-x-2 bottom-2 z-10 max-h-[70%] overflow-y-auto rounded-lg border border-slate-300 bg-white p-3 text-sm shadow-xl outline-offset-2 focus-visible:outline-2 focus-visible:outline-(--chart-text) dark:border-slate-600 dark:bg-slate-900"
    >
      <div className="flex items-start justify-between gap-2">
        <p>
          <span className="font-semibold">{fact.label}: </span>
          <span className="font-semibold tabular-nums">{formatValue(fact.value)}</span>{' '}
          <span className="text-xs text-slate-600 dark:text-slate-300">
            ({VALUE_KIND_LABELS[fact.value.kind].toLowerCase()}, {markedPeriod(fact)})
          </span>
        </p>
        <CloseButton what="evidence" onClose={onClose} />
      </div>
      <p className="mt-1 text-xs">
        {isDerivedValue(fact.value)
          ? 'Derived from other facts. '
          : `Stated by ${stating} of ${index.articleById.size} articles. `}
        <a href={moreUrl} target="_blank" rel="noopener" className="font-medium underline underline-offset-2">
          All evidence in the dashboard
        </a>
      </p>
      <div className="mt-2">
        <EvidenceGate>{(evidence) => <FirstQuote index={index} evidence={evidence} fact={fact} />}</EvidenceGate>
      </div>
      {yearNote && <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">{yearNote}</p>}
    </section>
  )
}

/** The first quote that states the value (or a derived value's formula), and what the articles differ on. */
function FirstQuote({ index, evidence, fact }: { index: DatasetIndex; evidence: EvidenceIndex; fact: Fact }) {
  const citation = keyQuote(evidence, fact.id)
  const article = citation && index.articleById.get(citation.article)
  const differ = evidence.disagreementsOf.get(fact.id) ?? []
  return (
    <>
      {article ? (
        <figure>
          <blockquote className="border-l-4 border-amber-400 pl-2">
            “<HighlightedQuote citation={citation} />”
          </blockquote>
          <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-300">
            — <cite className="not-italic">{articleLabel(article)}</cite>, {articlePublisher(article)}
          </figcaption>
        </figure>
      ) : (
        isDerivedValue(fact.value) && <p>{formulaWithRounding(fact, index)}</p>
      )}
      {differ.length > 0 && (
        <p className="mt-2 text-xs">
          <span className="font-semibold">The articles differ on: </span>
          {differ.map((d) => d.about.toLowerCase()).join('; ')}.
        </p>
      )}
    </>
  )
}
