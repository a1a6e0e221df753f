import { sourcedFacts, type DatasetIndex } from '../../../domain/dataset-index.ts'
import type { EvidenceIndex } from '../../../domain/evidence-index.ts'
import { citationRole } from '../../../domain/kinds.ts'
import type { Fact } from '../../../domain/schema.ts'
import { EvidenceGate } from '../../evidence/index.ts'
import { DERIVED_NOTES, PRODUCED_BY, reportedIn, type SourcesView } from '../frame-words.ts'

/**
 * Everything a chart's numbers come from: who produced them, each article with its headline, publisher and the quotes
 * it gives, and the notes on derived values and inferred years. Loaded when a reader first opens a chart's Sources.
 */
export default function SourcesList({
  view,
  index,
  facts,
}: {
  view: SourcesView
  index: DatasetIndex
  facts: readonly Fact[]
}) {
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
