import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { EvidenceIndex } from '../../domain/evidence-index.ts'
import { articleYearNote, inferredYearNote } from '../../domain/format-fact.ts'
import { isDerivedValue } from '../../domain/kinds.ts'
import type { Fact } from '../../domain/schema.ts'
import { Disagreements, disagreementsOf } from './Disagreements.tsx'
import { FactDetails } from './FactDetails.tsx'
import { FormulaView } from './FormulaView.tsx'
import { QuotesByArticle } from './QuotesByArticle.tsx'

/** The year notes for the fact's period and the dates of the articles quoted: each once. */
function yearNotes(index: DatasetIndex, fact: Fact): string[] {
  const quoted = [...new Set(fact.citations.map((c) => c.article))].flatMap((id) => index.articleById.get(id) ?? [])
  const notes = [inferredYearNote(index, [fact]), ...quoted.map(articleYearNote)]
  return [...new Set(notes.filter((n): n is string => n !== null))]
}

/** What the panel shows for a chosen fact: its details, formula, disagreements, quotes and year notes. */
export default function FactEvidence({
  index,
  fact,
  evidence,
  onSelect,
  onOpenArticle,
}: {
  index: DatasetIndex
  fact: Fact
  evidence: EvidenceIndex
  onSelect: (factId: string) => void
  onOpenArticle: (articleId: string) => void
}) {
  const usedIn = (index.dependentsOf.get(fact.id) ?? []).flatMap((id) => index.factById.get(id) ?? [])
  const quotes = evidence.citationsOf(fact.id)
  const differ = disagreementsOf(evidence, fact.id)
  // Only quotes that state the value count; dates, attributions and details do not.
  const heading = isDerivedValue(fact.value)
    ? 'No article states this value; see its inputs above'
    : `Stated by ${index.articleCountOf.get(fact.id) ?? 0} of ${index.articleById.size} articles`
  return (
    <>
      <FactDetails fact={fact} quotes={quotes} index={index} onSelect={onSelect} />
      <FormulaView fact={fact} index={index} onSelect={onSelect} />
      <Disagreements disagreements={differ} index={index} />
      {/* Keyed by fact: another fact opens collapsed again. */}
      <QuotesByArticle
        key={fact.id}
        heading={heading}
        quotes={quotes}
        disagreements={differ}
        index={index}
        onOpenArticle={onOpenArticle}
      />
      {usedIn.length > 0 && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Used to derive:{' '}
          {usedIn.map((d, i) => (
            <span key={d.id}>
              {i > 0 && ', '}
              <button
                type="button"
                onClick={() => onSelect(d.id)}
                className="text-left font-medium underline underline-offset-2"
              >
                {d.label}
              </button>
            </span>
          ))}
        </p>
      )}
      {yearNotes(index, fact).map((note) => (
        <p key={note} className="text-xs text-slate-600 dark:text-slate-400">
          {note}
        </p>
      ))}
    </>
  )
}
