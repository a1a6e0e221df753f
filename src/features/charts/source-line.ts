import { articleSourceName } from '../dataset/article-label'
import { sourcedFacts, type DatasetIndex } from '../dataset/dataset-index'
import type { Fact } from '../dataset/schema'
import { citationRole, isDerivedValue } from '../dataset/kinds'

const unique = <T>(items: T[]) => [...new Set(items)]

/**
 * The one-line source note under a chart and in its exports: who produced the
 * numbers, and which articles report them, by title and publisher (never by file id).
 * A derived value is credited to the sources of the facts it is computed from;
 * only quotes that state a value count, not those that date or attribute it.
 * `derivedNote` says how derived values are marked where they are drawn differently (a PowerPoint chart).
 */
export function sourceLine(
  index: DatasetIndex,
  facts: readonly Fact[],
  derivedNote = 'Dashed outlines mark derived values.',
): string {
  const sourced = unique(facts.flatMap((f) => sourcedFacts(index, f)))
  // "Not named" says nothing in a source line.
  const producers = unique(sourced.map((f) => f.source).filter((s) => !/^not named/i.test(s)))
  const articleIds = sourced.flatMap((f) =>
    f.citations.filter((c) => citationRole(c) === 'value').map((c) => c.article),
  )
  const articles = unique(
    unique(articleIds)
      .sort()
      .flatMap((id) => {
        const article = index.articleById.get(id)
        return article ? [articleSourceName(article)] : []
      }),
  )
  const parts = [
    producers.length ? `Source: ${producers.join('; ')}.` : '',
    articles.length ? `Reported in ${articles.join('; ')}.` : '',
    facts.some((f) => isDerivedValue(f.value)) ? derivedNote : '',
  ]
  return parts.filter(Boolean).join(' ')
}
