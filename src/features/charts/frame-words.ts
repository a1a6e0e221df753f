import { articlePublisher, articleLabel, articleSourceName } from '../../domain/article-label.ts'
import { sourcedFacts, type DatasetIndex } from '../../domain/dataset-index.ts'
import { inferredYearNote, SHORT_YEAR_NOTE } from '../../domain/format-fact.ts'
import type { Fact } from '../../domain/schema.ts'
import { citationRole, isDerivedValue } from '../../domain/kinds.ts'
import { namesNoSource } from '../../domain/source-credit.ts'

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

/**
 * The cue on a fixed frame too small for the whole chart: how many values it leaves out (“8 more”, where two rows of
 * four dots went, read as rows), and where the whole chart is. Where every mark is drawn and only the key or the axis
 * is cut, it counts nothing, so as not to send a reader looking for values that are all there.
 */
export const moreCue = (hidden: number) =>
  hidden > 0 ? `${hidden} more value${hidden > 1 ? 's' : ''} · open chart` : 'Open the whole chart'

/** How each medium says what a derived value looks like. */
export const DERIVED_NOTES = {
  /** A page's Sources view. */
  sources: 'Dashed outlines mark values derived from other figures: no article states them.',
  /** An image's footer. */
  footer: 'Dashed outlines mark values derived from other figures (no article states them).',
  /** The full source note in one paragraph. */
  line: 'Dashed outlines mark derived values.',
} as const

/** How the Sources view and an image's footer introduce who produced the numbers. */
export const PRODUCED_BY = 'Numbers produced by'

/** How many of the dataset's articles report the chart's values. */
export const reportedIn = (view: Pick<SourcesView, 'articles' | 'articleTotal'>) =>
  `Reported in ${view.articles.length} of ${view.articleTotal} articles`

/** After a quote: how many articles state the value, when more than the one quoted. */
export const statedByWords = (stating: number, total: number) =>
  stating > 1 ? ` · stated by ${stating} of ${total} articles` : ''

/**
 * The full sources as an image's footer, one paragraph each: producers, articles, derived values, years, credit.
 * `shortYear` gives the years one line (SHORT_YEAR_NOTE) instead of their full account, which the credit's link leads to.
 */
export function sourcesFooterTexts(view: SourcesView, link: string | undefined, shortYear = false): string[] {
  return [
    view.producers.length ? `${PRODUCED_BY} ${view.producers.join('; ')}.` : '',
    view.articles.length ? `${reportedIn(view)}: ${view.articles.map((a) => a.name).join('; ')}.` : '',
    view.derived ? DERIVED_NOTES.footer : '',
    view.yearNote && shortYear ? SHORT_YEAR_NOTE : (view.yearNote ?? ''),
    `${CREDIT}${link ? ` · ${link}` : ''}`,
  ].filter(Boolean)
}

/** Everything a chart's numbers come from, for its Sources view and its exports' footer. */
export interface SourcesView {
  /**
   * Who produced the numbers, each once. Where some value names no producer, each says which values it
   * produced ("Synergy Research Group, for AWS share …"), and a last entry names the values no one is
   * credited with ("no source named for …"): a credit never reaches past the sentence that gives it.
   */
  producers: string[]
  /** The producers' names alone, each once. */
  producerNames: string[]
  /** The values the articles credit to no one, by label (one entry per value). */
  unattributed: string[]
  /** How many values the chart's figures rest on (a derived value counts as its inputs). */
  values: number
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

const list = new Intl.ListFormat('en', { type: 'conjunction' })
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** A label inside a sentence: "change in AWS share …", but "AWS share …" and "Microsoft Azure share …" as they are. */
function labelInText(label: string, index: DatasetIndex): string {
  const startsWithName = index.dataset.companies.some((c) => label.startsWith(c.name))
  return startsWithName || /^\p{Lu}{2}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1)
}

/** Each producer once, with the values it is credited for when some value is credited to no one. */
function credits(index: DatasetIndex, sourced: readonly Fact[]) {
  const byProducer = new Map<string, string[]>()
  const unattributed: string[] = []
  for (const f of sourced) {
    if (namesNoSource(f.source)) unattributed.push(f.label)
    else byProducer.set(f.source, [...(byProducer.get(f.source) ?? []), f.label])
  }
  const producerNames = [...byProducer.keys()]
  if (!unattributed.length) return { producers: producerNames, producerNames, unattributed }
  // Up to two values by name; more by count, so a frame's footer stays a line or two.
  const words = (labels: string[], others = '') => {
    const named = unique(labels)
    return named.length <= 2
      ? list.format(named.map((l) => labelInText(l, index)))
      : `${others}${plural(named.length, 'value')}`
  }
  return {
    producers: [
      ...[...byProducer].map(([producer, labels]) => `${producer}, for ${words(labels)}`),
      `no source named for ${words(unattributed, byProducer.size ? 'the other ' : '')}`,
    ],
    producerNames,
    unattributed,
  }
}

/**
 * The sources behind a chart's facts. A derived value is credited to the sources of the facts it is
 * computed from; only quotes that state a value count, not those that date or attribute it. A value no
 * article gives ("not reported") credits no one with producing a number. `derivedDrawn`: whether a derived
 * value is drawn as a mark (a dashed outline), which the notes then explain; one said in words needs none.
 */
export function sourcesOf(
  index: DatasetIndex,
  facts: readonly Fact[],
  derivedDrawn = facts.some((f) => isDerivedValue(f.value)),
): SourcesView {
  const { sourced, articleIds } = statedBy(index, facts)
  const numbered = sourced.filter((f) => f.value.kind !== 'unknown')
  return {
    ...credits(index, numbered),
    values: numbered.length,
    articles: articleIds.flatMap((id) => {
      const a = index.articleById.get(id)
      return a ? [{ id, headline: articleLabel(a), publisher: articlePublisher(a), name: articleSourceName(a) }] : []
    }),
    articleTotal: index.dataset.articles.length,
    yearNote: inferredYearNote(index, facts),
    derived: derivedDrawn,
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

/**
 * The one-line source a chart carries in every medium, from the fullest to the shortest wording:
 * "Source: Synergy Research Group, via 1 of 5 articles", then one producer "and 2 others", then only
 * the counts (a single producer stays named). Where some values are credited to no one, every wording says how
 * many ("for 2 of 8 values, 6 unattributed", "6 of 8 values unattributed"). The frame takes the first that fits its width in one
 * line, else in two, the count only where none of the others does (or the marks need its line); the Sources view
 * says the rest.
 */
export function shortSourceLines(view: SourcesView): string[] {
  const articles = `${view.articles.length} of ${plural(view.articleTotal, 'article')}`
  const via = view.articles.length ? `, via ${articles}` : ''
  const mark = view.yearNote ? ' *Year inferred.' : ''
  const unnamed = view.unattributed.length
  const names = view.producerNames
  if (!names.length) {
    if (!view.articles.length) return ['']
    return [unnamed ? `Source: none named${via}.${mark}` : `Source: ${plural(view.articles.length, 'article')}.${mark}`]
  }
  // The first producer named, else the shortest: a name said in full beats a count.
  const [first, ...rest] = names
  const namings = [
    names.join('; '),
    ...(rest.length
      ? unique([first, ...names.toSorted((a, b) => a.length - b.length)]).map(
          (named) => `${named} and ${plural(rest.length, 'other')}`,
        )
      : []),
  ]
  const count = plural(names.length, 'producer')
  if (!unnamed) return [...namings, ...(rest.length ? [count] : [])].map((n) => `Source: ${n}${via}.${mark}`)
  const values = `${view.values - unnamed} of ${plural(view.values, 'value')}`
  return [
    ...namings.flatMap((n) => [
      `Source: ${n} for ${values}, ${unnamed} unattributed${via}.${mark}`,
      `Source: ${n}; ${unnamed} of ${plural(view.values, 'value')} unattributed${view.articles.length ? `; ${articles}` : ''}.${mark}`,
    ]),
    // One producer is named even in the shortest wording ("1 producer" would say less in as many words).
    rest.length
      ? `Source: ${count}, ${plural(unnamed, 'value')} unattributed${via}.${mark}`
      : `Source: ${first}; ${unnamed} of ${plural(view.values, 'value')} unattributed.${mark}`,
  ]
}
