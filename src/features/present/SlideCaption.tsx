import { articlePublisher, articleLabel } from '../../domain/article-label.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { EvidenceIndex } from '../../domain/evidence-index.ts'
import { formatValue } from '../../domain/format-fact.ts'
import type { Fact } from '../../domain/schema.ts'
import { EvidenceGate, HighlightedQuote } from '../evidence/index.ts'
import { formulaText } from '../../domain/formula-text.ts'
import { keyQuote } from '../charts/index.ts'

/**
 * The quote behind a slide's key figure, or behind the mark the presenter
 * selected, in type the back of the room can read; a derived figure shows
 * its formula instead, since no article states it.
 */
export function SlideCaption({ index, fact, selected }: { index: DatasetIndex; fact: Fact | null; selected: boolean }) {
  if (!fact) return <div />
  return (
    <figure aria-live="polite" className="border-l-[0.25em] border-amber-400 pl-[0.5em]">
      {selected && (
        <p className="text-[0.75em] font-semibold text-slate-700 dark:text-slate-200">
          {fact.label}: {formatValue(fact.value)}
        </p>
      )}
      <EvidenceGate>{(evidence) => <FirstQuote index={index} evidence={evidence} fact={fact} />}</EvidenceGate>
    </figure>
  )
}

function FirstQuote({ index, evidence, fact }: { index: DatasetIndex; evidence: EvidenceIndex; fact: Fact }) {
  const citation = keyQuote(evidence, fact.id)
  const article = citation && index.articleById.get(citation.article)
  const stating = index.articleCountOf.get(fact.id) ?? 0
  return article && citation ? (
    <>
      <blockquote className="text-[0.875em] leading-snug">
        <p>
          “<HighlightedQuote citation={citation} />”
        </p>
      </blockquote>
      <figcaption className="text-[0.75em] text-slate-600 dark:text-slate-300">
        — <cite className="not-italic">{articleLabel(article)}</cite>, {articlePublisher(article)}
        {stating > 1 && ` · stated by ${stating} of ${index.dataset.articles.length} articles`}
      </figcaption>
    </>
  ) : (
    <p className="text-[0.875em] leading-snug">Derived: {formulaText(fact, index)}</p>
  )
}
