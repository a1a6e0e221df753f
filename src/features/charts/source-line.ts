import { articleSourceName } from '../dataset/article-label'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { Fact } from '../dataset/schema'

const unique = <T>(items: T[]) => [...new Set(items)]

/** The facts whose sources stand behind a fact: itself, or for a derived value, its inputs. */
function sourcedFacts(index: DatasetIndex, fact: Fact, seen = new Set<string>()): Fact[] {
  if (fact.value.kind !== 'derived') return [fact]
  if (seen.has(fact.id)) return []
  seen.add(fact.id)
  return fact.inputs.flatMap((id) => {
    const input = index.factById.get(id)
    return input ? sourcedFacts(index, input, seen) : []
  })
}

/**
 * The one-line source note under a chart and in its exports: who produced the
 * numbers, and which articles report them. A derived value is credited to the
 * sources of the facts it is computed from. `derivedNote` says how derived
 * values are marked where they are drawn differently (a PowerPoint chart).
 */
export function sourceLine(
  index: DatasetIndex,
  facts: readonly Fact[],
  derivedNote = 'Dashed outlines mark derived values.',
): string {
  const sourced = unique(facts.flatMap((f) => sourcedFacts(index, f)))
  // "Not named" says nothing in a source line.
  const producers = unique(sourced.map((f) => f.source).filter((s) => !/^not named/i.test(s)))
  const articles = unique(
    unique(sourced.flatMap((f) => f.citations.map((c) => c.article)))
      .sort()
      .flatMap((id) => {
        const article = index.articleById.get(id)
        return article ? [articleSourceName(article)] : []
      }),
  )
  const parts = [
    producers.length ? `Source: ${producers.join('; ')}.` : '',
    articles.length ? `Reported in ${articles.join(', ')}.` : '',
    facts.some((f) => f.value.kind === 'derived') ? derivedNote : '',
  ]
  return parts.filter(Boolean).join(' ')
}
