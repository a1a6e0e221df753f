import { useId } from 'react'
import { articleLabel } from '../../domain/article-label.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { EvidenceIndex } from '../../domain/evidence-index.ts'
import type { Article, Disagreement } from '../../domain/schema.ts'

const list = new Intl.ListFormat('en', { type: 'conjunction' })

// An untitled article is named by its opening words, shortened: the quotes below give its full label.
const shortName = (a: Article) => {
  if (a.publisher) return a.publisher
  const words = (a.label?.text ?? articleLabel(a)).replace(/^…|…$/g, '').split(' ')
  return words.length > 4 ? `“${words.slice(0, 4).join(' ')}…”` : `“${words.join(' ')}”`
}

/** The articles that put a version so, by publisher where the page names one, else by opening words. */
function articlesOf(quotes: readonly { article: string }[], index: DatasetIndex): string {
  const names = [...new Set(quotes.map((q) => q.article))].flatMap((id) => {
    const a = index.articleById.get(id)
    return a ? [shortName(a)] : []
  })
  return list.format(names)
}

function Versions({ disagreement, index }: { disagreement: Disagreement; index: DatasetIndex }) {
  const id = useId()
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h4 id={id} className="text-sm font-semibold text-slate-800 dark:text-slate-100">
        {disagreement.about}
      </h4>
      <ol className="space-y-1.5 border-l border-slate-200 pl-3 dark:border-slate-700">
        {disagreement.versions.map((v) => (
          <li key={v.says} className="text-sm text-slate-900 dark:text-slate-100">
            <strong>{v.says}</strong>{' '}
            <span className="text-slate-600 dark:text-slate-400">({articlesOf(v.quotes, index)})</span>
          </li>
        ))}
      </ol>
    </section>
  )
}

/**
 * "The articles differ": for each claim they word or scope differently, every version and the articles
 * that put it so. The versions' sentences are in the quotes below, tagged "Differs: …".
 */
export function Disagreements({
  disagreements,
  index,
}: {
  disagreements: readonly Disagreement[]
  index: DatasetIndex
}) {
  const id = useId()
  if (!disagreements.length) return null
  return (
    <section aria-labelledby={id} className="space-y-4 border-t border-slate-200 pt-4 dark:border-slate-700">
      <h3 id={id} className="text-sm font-semibold text-slate-900 dark:text-slate-50">
        The articles differ
      </h3>
      {disagreements.map((d) => (
        <Versions key={d.id} disagreement={d} index={index} />
      ))}
    </section>
  )
}

/** Where the articles differ on a fact, from the evidence file. */
export const disagreementsOf = (evidence: EvidenceIndex, factId: string) => evidence.disagreementsOf.get(factId) ?? []
