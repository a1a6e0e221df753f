/*
 * The words that qualify, attribute or explain a claim in a news sentence, as data. The dataset's build
 * holds every fact to them (a hedge kept, a source named by the sentence itself, a cause or a certainty
 * quoted, not added); a tool that proposes facts from a new article reads a sentence with the same lists:
 * readSentence(sentence) says which hedges, attributions and cause words it carries and what value kind
 * they imply. Pure and dependency-free, so the build, the app and such a tool share one reading.
 */
import { stem } from '../lib/stem.ts'
import type { FactValue } from './schema.ts'

/** The value kinds a hedge can call for: "around 60,000", "over 1,000", "several hundred". */
export type HedgedKind = Extract<FactValue['kind'], 'approximate' | 'bound' | 'vague'>

interface FamilyInfo {
  /** What the hedge says of the claim, in a reader's words. */
  means: string
  /** The value kind a figure it qualifies takes; absent when the hedge qualifies the claim, not a number. */
  valueKind?: HedgedKind
  /** Words that keep the hedge in a fact's own text (its label, claim, note, source …). */
  keep: readonly string[]
  /** Whether naming who says it (the fact's source) keeps it: a report is kept by naming the reporter. */
  keptByAttribution?: boolean
}

/** The kinds of hedge, each with what it means and the words that keep it. */
export const HEDGE_FAMILIES = {
  report: {
    means: 'someone else reports it',
    keep: ['report', 'reports', 'reported', 'reportedly', 'according to', 'understood'],
    keptByAttribution: true,
  },
  expectation: { means: 'expected, not yet seen', keep: ['expected', 'expects', 'likely'] },
  intent: {
    means: 'planned or sought, not done',
    keep: [
      'plan',
      'plans',
      'planned',
      'planning',
      'intend',
      'intends',
      'looking to',
      'aim',
      'aims',
      'aiming',
      'preparing',
    ],
  },
  approximation: {
    means: 'a round or near figure',
    valueKind: 'approximate',
    keep: ['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'estimated', 'estimate'],
  },
  bound: {
    means: 'a bound, not the figure',
    valueKind: 'bound',
    keep: [
      'at least',
      'at most',
      'more than',
      'over',
      'under',
      'upwards of',
      'up to',
      'as many as',
      'fewer than',
      'less than',
    ],
  },
  'vague-count': {
    means: 'a count in words, not a number',
    valueKind: 'vague',
    keep: ['several', 'hundreds', 'thousands', 'dozens', 'a few'],
  },
  possibility: { means: 'possible, not certain', keep: ['may', 'might', 'could', 'possibly'] },
  condition: { means: 'conditional, or a future told in the past', keep: ['would'] },
  belief: { means: 'what the speaker believes', keep: ['believe', 'believes', 'believed'] },
  contribution: {
    means: 'one cause among others, not the cause',
    keep: ['a factor', 'a driving force', 'one of', 'among', 'partly', 'in part'],
  },
} as const satisfies Record<string, FamilyInfo>

export type HedgeFamily = keyof typeof HEDGE_FAMILIES

interface HedgeEntry {
  /** The words as an article writes them. */
  phrase: string
  family: HedgeFamily
  /** Only a hedge before a figure: "around 60,000", not "around the world"; "over 1,000", not "over the year". */
  beforeNumber?: boolean
  /** Matched in this case only: "may" the verb, not "May" the month. */
  exactCase?: boolean
}

/** Every hedge the build looks for, longest phrases first so "a driving force" wins over shorter ones. */
export const HEDGES = [
  { phrase: 'reportedly', family: 'report' },
  { phrase: 'according to', family: 'report' },
  { phrase: 'understood to', family: 'report' },
  { phrase: 'reports', family: 'report' },
  { phrase: 'report', family: 'report' },
  { phrase: 'expected to', family: 'expectation' },
  { phrase: 'likely', family: 'expectation' },
  { phrase: 'plans to', family: 'intent' },
  { phrase: 'plan to', family: 'intent' },
  { phrase: 'planning to', family: 'intent' },
  { phrase: 'planned to', family: 'intent' },
  { phrase: 'intends to', family: 'intent' },
  { phrase: 'looking to', family: 'intent' },
  { phrase: 'aiming to', family: 'intent' },
  { phrase: 'aims to', family: 'intent' },
  { phrase: 'preparing to', family: 'intent' },
  { phrase: 'approximately', family: 'approximation', beforeNumber: true },
  { phrase: 'roughly', family: 'approximation', beforeNumber: true },
  { phrase: 'around', family: 'approximation', beforeNumber: true },
  { phrase: 'about', family: 'approximation', beforeNumber: true },
  { phrase: 'some', family: 'approximation', beforeNumber: true },
  { phrase: 'estimated', family: 'approximation' },
  { phrase: 'nearly', family: 'approximation' },
  { phrase: 'almost', family: 'approximation' },
  { phrase: 'just under', family: 'bound', beforeNumber: true },
  { phrase: 'just over', family: 'bound', beforeNumber: true },
  { phrase: 'as many as', family: 'bound' },
  { phrase: 'at least', family: 'bound' },
  { phrase: 'at most', family: 'bound' },
  { phrase: 'more than', family: 'bound' },
  { phrase: 'upwards of', family: 'bound' },
  { phrase: 'fewer than', family: 'bound' },
  { phrase: 'less than', family: 'bound' },
  { phrase: 'over', family: 'bound', beforeNumber: true },
  { phrase: 'up to', family: 'bound', beforeNumber: true },
  { phrase: 'under', family: 'bound', beforeNumber: true },
  { phrase: 'several', family: 'vague-count' },
  { phrase: 'hundreds', family: 'vague-count' },
  { phrase: 'thousands', family: 'vague-count' },
  { phrase: 'dozens', family: 'vague-count' },
  { phrase: 'a few', family: 'vague-count' },
  { phrase: 'may', family: 'possibility', exactCase: true },
  { phrase: 'might', family: 'possibility' },
  { phrase: 'could', family: 'possibility' },
  { phrase: 'would', family: 'condition' },
  { phrase: 'believes', family: 'belief' },
  { phrase: 'believe', family: 'belief' },
  { phrase: 'a driving force', family: 'contribution' },
  { phrase: 'a factor', family: 'contribution' },
  { phrase: 'one of the reasons', family: 'contribution' },
  { phrase: 'partly', family: 'contribution' },
  { phrase: 'in part', family: 'contribution' },
] as const satisfies readonly HedgeEntry[]

export type ClaimWordKind = 'cause' | 'purpose' | 'certainty' | 'measure'

/**
 * Words that make a claim stronger than a bare report: a cause ("led to"), a purpose ("to tackle"), a certainty ("confirmed"), or
 * which measure a figure is ("operating" profit). A fact's own text may use one only where a quote of the
 * fact does: otherwise the dashboard would say more than the articles.
 */
export const CLAIM_WORDS = [
  { phrase: 'because', kind: 'cause' },
  { phrase: 'due to', kind: 'cause' },
  { phrase: 'drove', kind: 'cause' },
  { phrase: 'drives', kind: 'cause' },
  { phrase: 'driven', kind: 'cause' },
  { phrase: 'led to', kind: 'cause' },
  { phrase: 'leads to', kind: 'cause' },
  { phrase: 'leading to', kind: 'cause' },
  { phrase: 'caused', kind: 'cause' },
  { phrase: 'causes', kind: 'cause' },
  { phrase: 'prompted', kind: 'cause' },
  { phrase: 'resulted in', kind: 'cause' },
  { phrase: 'as a result', kind: 'cause' },
  { phrase: 'consequence', kind: 'cause' },
  { phrase: 'in response to', kind: 'cause' },
  { phrase: 'a response to', kind: 'cause' },
  // "a response by Amazon to growing competition"
  { phrase: 'a response by', kind: 'cause' },
  { phrase: 'aimed at', kind: 'purpose' },
  { phrase: 'in an effort to', kind: 'purpose' },
  { phrase: 'as a way to', kind: 'purpose' },
  { phrase: 'to tackle', kind: 'purpose' },
  { phrase: 'necessary to', kind: 'purpose' },
  { phrase: 'in order to', kind: 'purpose' },
  { phrase: 'announced', kind: 'certainty' },
  { phrase: 'announces', kind: 'certainty' },
  { phrase: 'confirmed', kind: 'certainty' },
  { phrase: 'confirms', kind: 'certainty' },
  { phrase: 'decided', kind: 'certainty' },
  { phrase: 'officially', kind: 'certainty' },
  { phrase: 'definitely', kind: 'certainty' },
  { phrase: 'operating', kind: 'measure' },
  { phrase: 'net', kind: 'measure' },
  { phrase: 'gross', kind: 'measure' },
] as const satisfies readonly { phrase: string; kind: ClaimWordKind }[]

/**
 * Where the party sits around an attribution cue: after it ("according to X"), before it ("X said", or
 * "said X" when a name follows), or before it always, the verb's subject ("Canalys put AWS's share at 32%").
 */
type PartySide = 'after' | 'before' | 'subject'

/** Words that credit a sentence to someone, and on which side the one credited is named. */
export const ATTRIBUTION_CUES = [
  { cue: 'according to', party: 'after' },
  { cue: 'per', party: 'after' },
  { cue: 'obtained by', party: 'after' },
  { cue: 'report by', party: 'after' },
  { cue: 'report on', party: 'after' },
  { cue: 'said', party: 'before' },
  { cue: 'says', party: 'before' },
  { cue: 'stated', party: 'before' },
  { cue: 'stating', party: 'before' },
  { cue: 'told', party: 'before' },
  { cue: 'reported', party: 'before' },
  { cue: 'confirmed', party: 'before' },
  { cue: 'mentioned', party: 'before' },
  { cue: 'announced', party: 'before' },
  { cue: 'explained', party: 'before' },
  { cue: 'emphasized', party: 'before' },
  { cue: 'emphasised', party: 'before' },
  { cue: 'wrote', party: 'before' },
  { cue: 'added', party: 'before' },
  { cue: 'put', party: 'subject' },
  { cue: 'puts', party: 'subject' },
  { cue: 'emailed', party: 'before' },
  { cue: 'indicated', party: 'before' },
  { cue: 'shows', party: 'before' },
  { cue: 'pledged', party: 'before' },
  { cue: 'citing', party: 'before' },
  { cue: 'reiterated', party: 'before' },
] as const satisfies readonly { cue: string; party: PartySide }[]

/** A phrase found in a text, with where it is. */
export interface Found<Entry> {
  entry: Entry
  text: string
  start: number
  end: number
}

export type Hedge = (typeof HEDGES)[number]
export type ClaimWord = (typeof CLAIM_WORDS)[number]
export type AttributionCue = (typeof ATTRIBUTION_CUES)[number]

/** A credit in a sentence: the cue and the words naming who is credited. */
export interface Attribution extends Found<AttributionCue> {
  party: string
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// Letters on either side end a word; a hyphen joins one ("cost-cutting" is not "cutting").
const wordPattern = (phrase: string, flags: string, tail = '') =>
  new RegExp(`(?<![\\p{L}\\d-])${escape(phrase).replace(/ /g, '\\s+')}(?![\\p{L}\\d-])${tail}`, `gu${flags}`)

// Each entry's pattern, compiled once: the build reads tens of thousands of sentences at the benchmark's scale,
// and compiling a pattern per entry per sentence was half of its time. (matchAll copies a pattern, so one
// compiled pattern serves every call.)
const compiled = new WeakMap<object, RegExp>()
const patternOf = <Entry extends object>(entry: Entry, pattern: (entry: Entry) => RegExp) => {
  let re = compiled.get(entry)
  if (!re) compiled.set(entry, (re = pattern(entry)))
  return re
}

const firstWords = new Map<string, string>()
const firstWord = (phrase: string) => {
  let word = firstWords.get(phrase)
  if (word === undefined) firstWords.set(phrase, (word = phrase.split(' ')[0].toLowerCase()))
  return word
}

/** Every place `phrases` occur in `text` as whole words, earliest first; where two overlap, the longer. */
function findPhrases<Entry extends { phrase: string }>(
  text: string,
  entries: readonly Entry[],
  pattern: (entry: Entry) => RegExp = (e) => wordPattern(e.phrase, 'i'),
): Found<Entry>[] {
  // Most phrases are not in a given sentence: a plain search for their first word rules them out before any pattern.
  const lower = text.toLowerCase()
  const found = entries.flatMap((entry) =>
    !lower.includes(firstWord(entry.phrase))
      ? []
      : [...text.matchAll(patternOf(entry, pattern))].map((m) => ({
          entry,
          text: m[0],
          start: m.index,
          end: m.index + m[0].length,
        })),
  )
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  return found.filter((f, i) => !found.slice(0, i).some((g) => g.start < f.end && f.start < g.end))
}

// A figure follows: "$4 billion", "60,000", "1,000".
const BEFORE_NUMBER = '(?=\\s+\\$?\\d)'

/** The hedges in a text: "reportedly", "around 60,000", "a factor", … */
export const findHedges = (text: string): Found<Hedge>[] =>
  findPhrases<Hedge>(text, HEDGES, (h) =>
    wordPattern(h.phrase, 'exactCase' in h ? '' : 'i', 'beforeNumber' in h ? BEFORE_NUMBER : ''),
  )

/** The cause, certainty and measure words in a text: "led to", "confirmed", "operating", … */
export const findClaimWords = (text: string): Found<ClaimWord>[] => findPhrases(text, CLAIM_WORDS)

// Where a party's name stops: a quotation mark, a dash, a semicolon or colon (and, after a cue, a comma or stop).
const STOP_BEFORE = /[“”";:—]/
const STOP_AFTER = /[“”",.;:—]/
const PARTY_WORDS = 8
// A capitalised word after "said" names the speaker ("said Sustar"); a day or month dates it instead.
const NOT_A_NAME =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b/

function partyAfter(text: string, from: number): string {
  const rest = text.slice(from)
  const stop = rest.search(STOP_AFTER)
  return (stop === -1 ? rest : rest.slice(0, stop)).trim().split(/\s+/).slice(0, PARTY_WORDS).join(' ')
}

function partyBefore(text: string, to: number): string {
  const head = text.slice(0, to)
  const stops = [...head.matchAll(new RegExp(STOP_BEFORE, 'g'))]
  const from = stops.length ? stops[stops.length - 1].index + 1 : 0
  return head.slice(from).trim().split(/\s+/).slice(-PARTY_WORDS).join(' ')
}

const CUE_PHRASES = ATTRIBUTION_CUES.map((cue) => ({ phrase: cue.cue, cue }))

/**
 * The credits in a sentence: "according to Synergy Research Group", "the spokesperson told WSJ",
 * "said Sustar". "per" credits only a name ("Per GeekWire"), not a rate ("per cent").
 */
export function findAttributions(sentence: string): Attribution[] {
  return findPhrases(sentence, CUE_PHRASES).flatMap(({ entry, text, start, end }) => {
    const { cue } = entry
    const next = sentence.slice(end).trimStart()
    const namedAfter =
      cue.party === 'after' || (cue.party === 'before' && /^\p{Lu}/u.test(next) && !NOT_A_NAME.test(next))
    if (cue.cue === 'per' && !/^\p{Lu}/u.test(next)) return []
    const party = namedAfter ? partyAfter(sentence, end) : partyBefore(sentence, start)
    return party ? [{ entry: cue, text, start, end, party }] : []
  })
}

/** The value kind a hedge calls for in the figure it qualifies: "around" approximate, "over" a bound; none for "reportedly". */
export function hedgeValueKind(hedge: Pick<Hedge, 'family'>): HedgedKind | undefined {
  const family: FamilyInfo = HEDGE_FAMILIES[hedge.family]
  return family.valueKind
}

/**
 * The value kinds a sentence's hedges call for, strongest first: a vague count ("several hundred") over a
 * bound ("over 1,000") over an approximation ("around 60,000"); none when it states a figure plainly.
 */
function impliedValueKinds(hedges: readonly Found<Hedge>[]): HedgedKind[] {
  const kinds = new Set(hedges.flatMap((h) => hedgeValueKind(h.entry) ?? []))
  return (['vague', 'bound', 'approximate'] as const).filter((k) => kinds.has(k))
}

/** What a sentence carries besides its facts: how it hedges, whom it credits, what it says caused what. */
export interface SentenceReading {
  hedges: Found<Hedge>[]
  attributions: Attribution[]
  claimWords: Found<ClaimWord>[]
  /** The value kinds its hedges call for (see impliedValueKinds). */
  valueKinds: HedgedKind[]
}

/** One sentence read for its hedges, credits and cause words: the question an article's intake asks of each. */
export function readSentence(sentence: string): SentenceReading {
  const hedges = findHedges(sentence)
  return {
    hedges,
    attributions: findAttributions(sentence),
    claimWords: findClaimWords(sentence),
    valueKinds: impliedValueKinds(hedges),
  }
}

/** Whether `text` uses `phrase` as whole words, whatever the case. */
export const usesPhrase = (text: string, phrase: string): boolean => wordPattern(phrase, 'i').test(text)

// Words that carry no term of a claim: articles, pronouns, auxiliaries, small prepositions.
const FUNCTION_WORDS = new Set(
  'a an and are as at be been by for from has have he her his i in is it its of on or our she that the their they this to was we were with you'.split(
    ' ',
  ),
)

/** A text's terms: its words other than function words, each stemmed ("increasing" and "Increased" meet). */
export const termsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w && !FUNCTION_WORDS.has(w))
    .map(stem)

/** The terms of `words` that `claim` does not use: none when the words state (part of) the claim. */
export function termsMissing(words: string, claim: string): string[] {
  const said = new Set(termsOf(claim))
  return termsOf(words).filter((t) => !said.has(t))
}
