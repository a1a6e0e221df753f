import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { EvidenceIndex } from '../../domain/evidence-index.ts'
import { VALUE_KIND_LABELS, formatPeriod, formatValue } from '../../domain/format-fact.ts'
import { citationRole } from '../../domain/kinds.ts'
import type { Fact } from '../../domain/schema.ts'
import { formatPeriodKey, periodAliases, UNDATED } from '../../lib/period.ts'
import { articlesText } from './articles-text.ts'
import { yieldToMain } from '../../lib/yield-to-main.ts'
import { foldForSearch, tokens } from './search-text.ts'
import { SYNONYMS } from './synonyms.ts'
import { quarterWords, valueWords } from './value-words.ts'

/**
 * Where in a fact a query word matched, strongest first; results are ranked by it. A fact's own label
 * and value, then the articles' words for it (a claim's own words, its quotes), then when, who and by
 * whom, and last the names of the articles that state it.
 */
export const TIER = { value: 0, quotes: 1, context: 2, articleNames: 3 } as const
type Tier = (typeof TIER)[keyof typeof TIER]
export const TIER_COUNT = 4

/** Text the search reads for a fact; `shown`, where the text is another spelling of what the row shows. */
interface SearchField {
  tier: Tier
  text: string
  shown?: string
}

/**
 * What the search reads for a fact, by tier: what its row shows (label, value and its kind, the claim's own
 * words, period, company, the Articles column), the other ways to write its value and period ("24.2 billion",
 * "fourth quarter 2023", "december"), its metric, who produced it, its quotes, and the titles and publishers
 * of the articles that state its value (not those that only date it or name who said it).
 */
export function searchFields(index: DatasetIndex, fact: Fact, quotes: readonly string[]): SearchField[] {
  const { value, period } = fact
  const shownValue = formatValue(value)
  const shownPeriod = formatPeriod(period)
  const stating = new Set(fact.citations.filter((c) => citationRole(c) === 'value').map((c) => c.article))
  const articleNames = [...stating].flatMap((id) => {
    const article = index.articleById.get(id)
    return [article?.title, article?.publisher].filter((name): name is string => !!name)
  })
  const aliases = period.value
    ? [...periodAliases(period.value), ...quarterWords(period.value)]
    : [formatPeriodKey(UNDATED)]
  const fields: SearchField[] = [
    { tier: TIER.value, text: fact.label },
    { tier: TIER.value, text: shownValue },
    { tier: TIER.value, text: valueWords(value).join('\n'), shown: shownValue },
    { tier: TIER.value, text: VALUE_KIND_LABELS[value.kind] },
    { tier: TIER.value, text: fact.metric.replaceAll('_', ' ') },
    // A claim in words is found by the articles' own words too ("dipped", "increasing").
    { tier: TIER.quotes, text: value.kind === 'qualitative' ? value.words.join('\n') : '' },
    ...quotes.map((quote) => ({ tier: TIER.quotes, text: quote })),
    // A dated period is named as shown ("Q4 2023*"); one in words is its own words.
    { tier: TIER.context, text: shownPeriod, shown: period.value ? shownPeriod : undefined },
    { tier: TIER.context, text: aliases.join('\n'), shown: shownPeriod },
    { tier: TIER.context, text: index.companyById.get(fact.company)?.name ?? fact.company },
    { tier: TIER.context, text: fact.source },
    { tier: TIER.context, text: articlesText(index, fact) },
    ...articleNames.map((name) => ({ tier: TIER.articleNames, text: name })),
  ]
  return fields.filter((f) => f.text)
}

/**
 * The facts that have a key, each once for every tier it has it in, packed as `position * TIER_COUNT + tier`
 * (position in the dataset's facts), in order of position: at 100× they are hundreds of thousands of numbers.
 */
export type Postings = number[]
/** Postings by the form a reader sees for the match: "growing" under the stem "grow", "$24.2B" under "billion". */
export type Forms = Map<string, Postings>

/** Look-ups from what a reader types to the facts that have it: built once per dataset, read per keystroke. */
export interface SearchIndex {
  facts: readonly Fact[]
  positionOf: ReadonlyMap<string, number>
  /** Whitespace-separated pieces of text ("$24.2b", "2023-q4", "1,000"), for typed text found inside them. */
  chunks: ReadonlyMap<string, Postings>
  /** Words by stem: "grew", "growth" and "growing" under "grow". */
  stems: ReadonlyMap<string, Forms>
  /** The synonym list's phrases found in the text, by their stems: "lay off" for "laying off". */
  phrases: ReadonlyMap<string, Forms>
  /** Whether the quotes were read: without them only what the table shows is searched. */
  withQuotes: boolean
}

/** The synonym list's phrases, by their first word's stem, each as its stems. */
const PHRASES = new Map<string, string[][]>()
for (const entry of SYNONYMS.flat()) {
  const stems = tokens(entry).map((t) => t.stem)
  if (stems.length > 1) PHRASES.set(stems[0], [...(PHRASES.get(stems[0]) ?? []), stems])
}

/** The key a phrase is indexed and looked up under. */
export const phraseKey = (stems: readonly string[]) => stems.join(' ')

/**
 * Adds a fact to a key's postings for a tier, once. Facts are read in order, so the fact's earlier postings
 * under the key are the last few (one per tier at most): no per-fact set is needed.
 */
function post(postings: Postings, position: number, tier: Tier) {
  const packed = position * TIER_COUNT + tier
  for (let i = postings.length - 1; i >= 0 && postings[i] >= position * TIER_COUNT; i--) {
    if (postings[i] === packed) return
  }
  postings.push(packed)
}

function postingsOf<K>(map: Map<K, Postings>, key: K): Postings {
  let postings = map.get(key)
  if (!postings) map.set(key, (postings = []))
  return postings
}

function formsOf(map: Map<string, Forms>, key: string): Forms {
  let forms = map.get(key)
  if (!forms) map.set(key, (forms = new Map()))
  return forms
}

/** Facts read between two yields to the browser: at 100× the whole index is too long a task for one go. */
const SLICE = 250

/**
 * Reads every fact's fields once into the look-ups; `evidence` adds the quotes (null: not read). Gives the
 * browser its turn every few hundred facts.
 */
export async function buildSearchIndex(index: DatasetIndex, evidence: EvidenceIndex | null): Promise<SearchIndex> {
  const chunks = new Map<string, Postings>()
  const stems = new Map<string, Forms>()
  const phrases = new Map<string, Forms>()
  const positionOf = new Map<string, number>()
  /**
   * The postings a field's text goes into: its pieces, its words by stem and form, the synonym list's phrases in
   * it. Quotes, sources, companies and periods recur across facts: each distinct text is read once.
   */
  const listsOf = new Map<string, Postings[]>()
  const read = (text: string, shown: string | undefined): Postings[] => {
    const folded = foldForSearch(text)
    const words = tokens(folded)
    const lists = folded.split(/\s+/).flatMap((chunk) => (chunk ? [postingsOf(chunks, chunk)] : []))
    words.forEach(({ word, stem }, i) => {
      lists.push(postingsOf(formsOf(stems, stem), shown ?? word))
      for (const phrase of PHRASES.get(stem) ?? []) {
        if (!phrase.every((s, k) => words[i + k]?.stem === s)) continue
        const form =
          shown ??
          words
            .slice(i, i + phrase.length)
            .map((w) => w.word)
            .join(' ')
        lists.push(postingsOf(formsOf(phrases, phraseKey(phrase)), form))
      }
    })
    return lists
  }
  for (const [position, fact] of index.facts.entries()) {
    if (position % SLICE === SLICE - 1) await yieldToMain()
    positionOf.set(fact.id, position)
    const quotes = evidence ? evidence.citationsOf(fact.id).map((c) => c.quote) : []
    for (const { text, tier, shown } of searchFields(index, fact, quotes)) {
      const key = `${shown ?? ''}\u0000${text}`
      let lists = listsOf.get(key)
      if (!lists) listsOf.set(key, (lists = read(text, shown)))
      for (const list of lists) post(list, position, tier)
    }
  }
  return { facts: index.facts, positionOf, chunks, stems, phrases, withQuotes: evidence !== null }
}
