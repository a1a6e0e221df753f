import { useId } from 'react'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { EvidenceIndex } from '../dataset/evidence-index'
import type { Disagreement } from '../dataset/schema'
import { Excerpts } from './Excerpt'

const articlesIn = (quotes: readonly { article: string }[]) => new Set(quotes.map((q) => q.article)).size

function Versions({
  disagreement,
  index,
  onOpenArticle,
}: {
  disagreement: Disagreement
  index: DatasetIndex
  onOpenArticle: (articleId: string) => void
}) {
  const id = useId()
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h4 id={id} className="text-sm font-semibold text-slate-800 dark:text-slate-100">
        {disagreement.about}
      </h4>
      <ol className="space-y-3 border-l border-slate-200 pl-3 dark:border-slate-700">
        {disagreement.versions.map((v) => {
          const n = articlesIn(v.quotes)
          return (
            <li key={v.says} className="space-y-2">
              <p className="text-sm text-slate-900 dark:text-slate-100">
                <strong>{v.says}</strong>{' '}
                <span className="text-slate-600 dark:text-slate-400">
                  ({n} article{n === 1 ? '' : 's'})
                </span>
              </p>
              <Excerpts quotes={v.quotes} index={index} onOpenArticle={onOpenArticle} compact />
            </li>
          )
        })}
      </ol>
    </section>
  )
}

/** "The articles differ": for each claim they word or scope differently, every version in its own quotes. */
export function Disagreements({
  factId,
  index,
  evidence,
  onOpenArticle,
}: {
  factId: string
  index: DatasetIndex
  evidence: EvidenceIndex
  onOpenArticle: (articleId: string) => void
}) {
  const id = useId()
  const disagreements = evidence.disagreementsOf.get(factId) ?? []
  if (!disagreements.length) return null
  return (
    <section aria-labelledby={id} className="space-y-4 border-t border-slate-200 pt-4 dark:border-slate-700">
      <h3 id={id} className="text-sm font-semibold text-slate-900 dark:text-slate-50">
        The articles differ
      </h3>
      {disagreements.map((d) => (
        <Versions key={d.id} disagreement={d} index={index} onOpenArticle={onOpenArticle} />
      ))}
    </section>
  )
}
