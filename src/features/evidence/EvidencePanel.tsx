import { CloseButton } from '../../components/CloseButton'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { Fact } from '../dataset/schema'
import { Excerpt } from './Excerpt'
import { EVIDENCE_HEADING_ID } from './focus-evidence'
import { FactDetails } from './FactDetails'
import { FormulaView } from './FormulaView'

export interface EvidencePanelProps {
  index: DatasetIndex
  /** The selected fact, or null. */
  fact: Fact | null
  /** True when the selected fact exists but the filters hide it. */
  hiddenByFilter: boolean
  onSelect: (factId: string) => void
  onOpenArticle: (articleId: string) => void
  onClose: () => void
}

/** The sentences behind the selected number: the fact, every supporting excerpt, and for derived values the formula. */
export function EvidencePanel({ index, fact, hiddenByFilter, onSelect, onOpenArticle, onClose }: EvidencePanelProps) {
  const total = index.articleById.size
  return (
    <div className="space-y-4">
      <div className="flex items-start justify-between gap-2">
        <h2
          id={EVIDENCE_HEADING_ID}
          tabIndex={-1}
          className="scroll-mt-4 text-base font-semibold text-slate-900 dark:text-slate-50"
        >
          {fact ? fact.label : 'Evidence'}
        </h2>
        {(fact || hiddenByFilter) && <CloseButton what="evidence" onClose={onClose} />}
      </div>
      {!fact && !hiddenByFilter && (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Select a bar, a figure or a table row to read the sentences in the articles that state it.
        </p>
      )}
      {hiddenByFilter && (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          The selected fact is hidden by the current filters. Clear or change the filters to see its evidence.
        </p>
      )}
      {fact && (
        <FactEvidence index={index} fact={fact} total={total} onSelect={onSelect} onOpenArticle={onOpenArticle} />
      )}
    </div>
  )
}

function FactEvidence({
  index,
  fact,
  total,
  onSelect,
  onOpenArticle,
}: {
  index: DatasetIndex
  fact: Fact
  total: number
  onSelect: (factId: string) => void
  onOpenArticle: (articleId: string) => void
}) {
  const stating = index.articleCountOf.get(fact.id) ?? 0
  const usedIn = (index.dependentsOf.get(fact.id) ?? []).flatMap((id) => index.factById.get(id) ?? [])
  return (
    <>
      <FactDetails fact={fact} index={index} />
      <FormulaView fact={fact} index={index} onSelect={onSelect} />
      <section aria-labelledby="excerpts-heading" className="space-y-3">
        <h3 id="excerpts-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-50">
          {fact.value.kind === 'derived'
            ? 'No article states this value; see its inputs above'
            : `Stated by ${stating} of ${total} articles`}
        </h3>
        {fact.citations.map((c, i) => {
          const article = index.articleById.get(c.article)
          return article ? (
            <Excerpt
              key={`${c.article}-${i}`}
              article={article}
              citation={c}
              onOpenArticle={() => onOpenArticle(article.id)}
            />
          ) : null
        })}
      </section>
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
    </>
  )
}
