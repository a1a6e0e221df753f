import { articlePublisher, articleLabel, articleSourceName } from '../../domain/article-label.ts'
import { sourcedFacts, type DatasetIndex } from '../../domain/dataset-index.ts'
import { inferredYearNote } from '../../domain/format-fact.ts'
import type { Fact } from '../../domain/schema.ts'
import { citationRole, isDerivedValue } from '../../domain/kinds.ts'

/*
 * Every sentence a chart's frame prints around its drawing, in every medium: the source lines, the Sources view,
 * an image's footer, the notes on derived values, the quote's "stated by N of M", and the links out. The card,
 * the embed, the slide, the files and the deck read their words here, so they say the same thing.
 */

const unique = <T>(items: T[]) => [...new Set(items)]

/** Where an exported image points back to, and who made it. */
export const CREDIT = 'Made with cloud-market-dashboard'

/** The words of the button that opens a chart's full sources on a page, open and closed, and of the panel's close. */
export const SOURCES_BUTTON = { closed: 'Sources', open: 'Hide sources', close: 'Close sources' } as const

/** An embed's link to the whole dashboard (an arrow follows it, hidden from screen readers). */
export const DASHBOARD_LINK = 'Full dashboard'

/** The cue on a fixed frame too small for every mark: how many it leaves out, and where the whole chart is. */
export const moreCue = (hidden: number) => (hidden > 0 ? `${hidden} more · open chart` : 'More · open chart')

/** How each medium says what a derived value looks like. */
export const DERIVED_NOTES = {
  /** A page's Sources view. */
  sources: 'Dashed outlines mark values derived from other figures: no article states them.',
  /** An image's footer. */
  footer: 'Dashed outlines mark values derived from other figures (no article states them).',
  /** The full source note in one paragraph. */
  line: 'Dashed outlines mark derived values.',
} as const

/** How a PowerPoint chart draws each mark that needs explaining, said beside the mark's meaning in its key. */
export const DECK_MARKS = {
  derived: 'Pale bar labelled “(derived)”',
  vague: 'Pale band between two ends',
  unknown: 'Words on the baseline, no bar',
  direction: '▲ or ▼ beside a figure, no bar',
} as const

/** How the Sources view and an image's footer introduce who produced the numbers. */
export const PRODUCED_BY = 'Numbers produced by'

/** How many of the dataset's articles report the chart's values. */
export const reportedIn = (view: Pick<SourcesView, 'articles' | 'articleTotal'>) =>
  `Reported in ${view.articles.length} of ${view.articleTotal} articles`

/** After a quote: how many articles state the value, when more than the one quoted. */
export const statedByWords = (stating: number, total: number) =>
  stating > 1 ? ` · stated by ${stating} of ${total} articles` : ''

/** The full sources as an image's footer, one paragraph each: producers, articles, derived values, years, credit. */
export function sourcesFooterTexts(view: SourcesView, link: string | undefined): string[] {
  return [
    view.producers.length ? `${PRODUCED_BY} ${view.producers.join('; ')}.` : '',
    view.articles.length ? `${reportedIn(view)}: ${view.articles.map((a) => a.name).join('; ')}.` : '',
    view.derived ? DERIVED_NOTES.footer : '',
    view.yearNote ?? '',
    `${CREDIT}${link ? ` · ${link}` : ''}`,
  ].filter(Boolean)
}

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
  derivedNote: string = DERIVED_NOTES.line,
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
