import { articlePublisher, articleLabel, articleSourceName } from '../../domain/article-label.ts'
import { sourcedFacts, type DatasetIndex } from '../../domain/dataset-index.ts'
import { inferredYearNote } from '../../domain/format-fact.ts'
import type { Fact } from '../../domain/schema.ts'
import { citationRole, isDerivedValue } from '../../domain/kinds.ts'

const unique = <T>(items: T[]) => [...new Set(items)]

/** Everything a chart's numbers come from, for its Sources view and its exports' footer. */
export interface SourcesView {
  /** Who produced the numbers (Synergy Research Group, Amazon's quarterly results), each once. */
  producers: string[]
  /** The articles whose quotes state a drawn value, in file order. */
  articles: { id: string; headline: string; publisher: string; name: string }[]
  /** How many articles the dataset holds ("via 2 of 5 articles"). */
  articleTotal: number
  /** The full account of inferred years, or null when every year is printed. */
  yearNote: string | null
  /** Whether a drawn value is derived from others (stated by no article). */
  derived: boolean
}

/** The facts a value rests on (a derived value's inputs), and the articles whose quotes state them. */
function statedBy(index: DatasetIndex, facts: readonly Fact[]) {
  const sourced = unique(facts.flatMap((f) => sourcedFacts(index, f)))
  const ids = unique(
    sourced.flatMap((f) => f.citations.filter((c) => citationRole(c) === 'value').map((c) => c.article)),
  )
  return { sourced, articleIds: ids.sort() }
}

/**
 * The sources behind a chart's facts. A derived value is credited to the sources of the facts it is
 * computed from; only quotes that state a value count, not those that date or attribute it.
 */
export function sourcesOf(index: DatasetIndex, facts: readonly Fact[]): SourcesView {
  const { sourced, articleIds } = statedBy(index, facts)
  return {
    // "Not named" says nothing in a source line.
    producers: unique(sourced.map((f) => f.source).filter((s) => !/^not named/i.test(s))),
    articles: articleIds.flatMap((id) => {
      const a = index.articleById.get(id)
      return a ? [{ id, headline: articleLabel(a), publisher: articlePublisher(a), name: articleSourceName(a) }] : []
    }),
    articleTotal: index.dataset.articles.length,
    yearNote: inferredYearNote(index, facts),
    derived: facts.some((f) => isDerivedValue(f.value)),
  }
}

/**
 * The full source note (the Sources view as one paragraph, the data table's and the image's description):
 * who produced the numbers, and which articles report them, by title and publisher (never by file id).
 * `derivedNote` says how derived values are marked where they are drawn differently (a PowerPoint chart).
 */
export function sourceLine(
  index: DatasetIndex,
  facts: readonly Fact[],
  derivedNote = 'Dashed outlines mark derived values.',
): string {
  const view = sourcesOf(index, facts)
  const parts = [
    view.producers.length ? `Source: ${view.producers.join('; ')}.` : '',
    view.articles.length ? `Reported in ${unique(view.articles.map((a) => a.name)).join('; ')}.` : '',
    view.derived ? derivedNote : '',
  ]
  return parts.filter(Boolean).join(' ')
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * The one-line source a chart carries in every medium, from the fullest to the shortest wording:
 * "Source: Synergy Research Group, via 1 of 5 articles", then one producer "and 2 others", then
 * only the counts. The frame takes the first that fits its width in two lines; the Sources view says the rest.
 */
export function shortSourceLines(view: SourcesView): string[] {
  const via = view.articles.length ? `, via ${view.articles.length} of ${plural(view.articleTotal, 'article')}` : ''
  const mark = view.yearNote ? ' *Year inferred.' : ''
  const [first, ...rest] = view.producers
  if (!first) return [view.articles.length ? `Source: ${plural(view.articles.length, 'article')}.${mark}` : '']
  const lines = [`Source: ${view.producers.join('; ')}${via}.${mark}`]
  if (rest.length) {
    // The first producer named, else the shortest: a name said in full beats a count.
    for (const named of unique([first, ...view.producers.toSorted((a, b) => a.length - b.length)]))
      lines.push(`Source: ${named} and ${plural(rest.length, 'other')}${via}.${mark}`)
    lines.push(`Source: ${plural(view.producers.length, 'producer')}${via}.${mark}`)
  }
  return lines
}
