import type { Fact } from '../../domain/schema.ts'
import { phraseKey, TIER, TIER_COUNT, type Forms, type Postings, type SearchIndex } from './search-index.ts'
import { bare, foldForSearch, tokens } from './search-text.ts'
import { SYNONYMS } from './synonyms.ts'

/** A word or phrase of the query, and the other words of its synonym group (none for a word outside the list). */
interface Term {
  /** As typed, folded: "fired", "fourth quarter", "$24.2". */
  typed: string
  /** Each way to say it, as stems: the typed words first, then their synonyms. */
  alternatives: string[][]
  /** A word of the synonym list: a topic, which an article's headline does not make a fact about. */
  topic: boolean
}

/** Each synonym group's entries as stems, by the phrase key of each entry. */
const GROUP_OF = new Map<string, string[][]>()
for (const group of SYNONYMS) {
  const entries = group.map((entry) => tokens(entry).map((t) => t.stem))
  for (const entry of entries) GROUP_OF.set(phraseKey(entry), entries)
}
const LONGEST_ENTRY = Math.max(...[...GROUP_OF.values()].flat().map((e) => e.length))

/** The query's words and phrases, folded; a phrase of the synonym list ("laid off", "fourth quarter") is one term. */
export function parseQuery(query: string): Term[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean)
  const stems = words.map((w) => tokens(bare(w)).map((t) => t.stem))
  const terms: Term[] = []
  for (let i = 0; i < words.length;) {
    // The longest run of words from here that is an entry of the list, else the one word.
    let n = Math.min(LONGEST_ENTRY, words.length - i)
    while (n > 1 && !GROUP_OF.has(phraseKey(stems.slice(i, i + n).flat()))) n--
    const own = stems.slice(i, i + n).flat()
    const group = GROUP_OF.get(phraseKey(own))
    // Entries of one stem ("layoff", "layoffs"; "lay off", "laid off") are looked up once.
    const alternatives = new Map([own, ...(group ?? [])].map((entry) => [phraseKey(entry), entry]))
    terms.push({ typed: words.slice(i, i + n).join(' '), alternatives: [...alternatives.values()], topic: !!group })
    i += n
  }
  return terms
}

/** Where one term matched: postings, the form a reader sees there (null: the typed text itself), and whether through a synonym. */
interface Source {
  form: string | null
  postings: Postings
  synonym: boolean
}

const formSources = (forms: Forms | undefined, synonym: boolean): Source[] =>
  [...(forms ?? [])].map(([form, postings]) => ({ form, postings, synonym }))

/**
 * Everything a term matches: the typed text inside a piece of the row ("amaz", "1,000", "$24.2"), a word of the
 * same stem ("grew" → "growing"), and each synonym, a word by its stem or a phrase in order ("laid off").
 */
function sourcesOf(search: SearchIndex, term: Term): Source[] {
  const sources: Source[] = []
  if (!term.typed.includes(' ')) {
    for (const [chunk, postings] of search.chunks) {
      if (chunk.includes(term.typed)) sources.push({ form: null, postings, synonym: false })
    }
  }
  term.alternatives.forEach((alternative, i) => {
    const forms = alternative.length > 1 ? search.phrases.get(phraseKey(alternative)) : search.stems.get(alternative[0])
    sources.push(...formSources(forms, i > 0))
  })
  return sources
}

/** The worst tier a term may match in: a topic word in a headline is what every article is about, not what a fact says. */
const worstTier = (term: Term) => (term.topic ? TIER.articleNames - 1 : TIER.articleNames)

const NONE = 255

/** A term's matches by fact position: the best rank, and which tiers it matched in (a bit each). */
interface TermMatches {
  best: Uint8Array
  tiers: Uint8Array
}

/**
 * Each fact's best rank for a term, by position (NONE where it does not match): twice the tier, and one more
 * for a match only through a synonym, so in one tier the word typed comes first, and never below a weaker tier.
 */
function matchesOf(search: SearchIndex, term: Term, sources: readonly Source[]): TermMatches {
  const best = new Uint8Array(search.facts.length).fill(NONE)
  const tiers = new Uint8Array(search.facts.length)
  const worst = worstTier(term)
  for (const { postings, synonym } of sources) {
    for (const packed of postings) {
      const tier = packed % TIER_COUNT
      if (tier > worst) continue
      const position = (packed - tier) / TIER_COUNT
      const rank = 2 * tier + Number(synonym)
      if (rank < best[position]) best[position] = rank
      tiers[position] |= 1 << tier
    }
  }
  return { best, tiers }
}

const bitCount = (n: number) => (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1)

/**
 * Facts that match every word of the query, in any field and order, ignoring case, accents and word endings,
 * and reading a synonym for a word of the list. In the order given, or with `rank`, best match first: by the
 * tiers the words matched in, then, among equals, by how many tiers they matched in (a Q4 fact whose quote says
 * "fourth quarter" before a Q3 one whose quote says "third and fourth quarters"); ties keep the order given.
 * A blank query keeps every fact.
 */
export function searchFacts(search: SearchIndex, facts: readonly Fact[], query: string, rank = false): Fact[] {
  const terms = parseQuery(query)
  if (!terms.length) return [...facts]
  const matches = terms.map((term) => matchesOf(search, term, sourcesOf(search, term)))
  const found: { fact: Fact; score: number; breadth: number }[] = []
  for (const fact of facts) {
    const position = search.positionOf.get(fact.id)
    if (position === undefined) continue
    let score = 0
    let breadth = 0
    for (const { best, tiers } of matches) {
      score += best[position] === NONE ? Infinity : best[position]
      breadth += bitCount(tiers[position])
    }
    if (score < Infinity) found.push({ fact, score, breadth })
  }
  if (rank) found.sort((a, b) => a.score - b.score || b.breadth - a.breadth)
  return found.map((f) => f.fact)
}

/** For each term of the query, the forms it matched beyond its own spelling, most rows first: "grew" → ["growing", "growth"]. */
type SearchMatches = { word: string; forms: string[] }[]

/** What the search matched for each term in the rows it kept, to say so beside the results. */
export function explainSearch(search: SearchIndex, facts: readonly Fact[], query: string): SearchMatches {
  const shown = new Uint8Array(search.facts.length)
  for (const f of facts) {
    const position = search.positionOf.get(f.id)
    if (position !== undefined) shown[position] = 1
  }
  return parseQuery(query).map((term) => {
    const rows = new Map<string, number>()
    const worst = worstTier(term)
    for (const { form, postings } of sourcesOf(search, term)) {
      // The typed text itself, or a form that contains it ("Q4 2023*" for "q4", "dipped" for "dip"), says nothing new.
      if (form === null || foldForSearch(form).includes(term.typed)) continue
      // A fact has a posting per tier it has the form in: count it once.
      const positions = new Set(postings.filter((p) => p % TIER_COUNT <= worst).map((p) => Math.floor(p / TIER_COUNT)))
      const n = [...positions].filter((position) => shown[position]).length
      if (n) rows.set(form, (rows.get(form) ?? 0) + n)
    }
    const forms = [...rows].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([form]) => form)
    return { word: term.typed, forms }
  })
}

/** "Matched “grew” as “growing” and “growth”.": only words matched by another form are named, the first few of many. */
export function searchExplanation(matches: SearchMatches): string {
  const quote = (w: string) => `“${w}”`
  const list = new Intl.ListFormat('en', { type: 'conjunction' })
  const named = (forms: string[]) =>
    forms.length > 4 ? [...forms.slice(0, 3).map(quote), `${forms.length - 3} more`] : forms.map(quote)
  const parts = matches.filter((m) => m.forms.length).map((m) => `${quote(m.word)} as ${list.format(named(m.forms))}`)
  return parts.length ? `Matched ${parts.join('; ')}.` : ''
}
