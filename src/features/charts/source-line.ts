import { articleSourceName } from '../dataset/article-label'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { Fact } from '../dataset/schema'

const unique = <T,>(items: T[]) => [...new Set(items)]

/**
 * The one-line source note under a chart and in its exports: who produced the
 * numbers, and which articles report them.
 */
export function sourceLine(index: DatasetIndex, facts: readonly Fact[]): string {
  // Derived values have no producer of their own; "not named" says nothing in a source line.
  const producers = unique(
    facts.filter((f) => f.value.kind !== 'derived' && !/^not named/i.test(f.source)).map((f) => f.source),
  )
  const articles = unique(facts.flatMap((f) => f.citations.map((c) => c.article)))
    .sort()
    .map((id) => index.articleById.get(id))
    .flatMap((a) => (a ? [articleSourceName(a)] : []))
  const derived = facts.some((f) => f.value.kind === 'derived') ? ' Dashed outlines mark derived values.' : ''
  const by = producers.length ? `Source: ${producers.join('; ')}. ` : ''
  return `${by}Reported in ${articles.join(', ')}.${derived}`
}
