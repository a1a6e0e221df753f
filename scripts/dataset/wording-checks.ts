// Checks that a fact's own words say no more, and no less surely, than its quotes: a hedge of a quote is
// kept, a cause or certainty word is one a quote uses, and a quote counted as stating a claim in words
// states its terms. The words themselves are src/domain/claim-vocabulary.ts.
import {
  findAttributions,
  findClaimWords,
  findHedges,
  HEDGE_FAMILIES,
  termsMissing,
  termsOf,
  usesPhrase,
} from '../../src/domain/claim-vocabulary.ts'
import { citationRole } from '../../src/domain/kinds.ts'
import type { Citation, FactInput } from '../../src/domain/schema.ts'

/** The words of a value: a vague or qualitative value's list, a qualifier ("around"), an unknown's words. */
function valueWordsOf(value: FactInput['value']): string[] {
  if (value.kind === 'vague' || value.kind === 'qualitative') return value.words
  if (value.kind === 'approximate' || value.kind === 'bound') return [value.words]
  if (value.kind === 'unknown') return value.words ? [value.words] : []
  return []
}

/** Everything a reader sees of a fact in words, by field: where a hedge may be kept. */
function factWording(fact: FactInput): [string, string][] {
  const { value, layoff } = fact
  const texts: [string, string | null | undefined][] = [
    ['label', fact.label],
    ['value.claim', value.kind === 'qualitative' ? value.claim : undefined],
    ...valueWordsOf(value).map((w, i): [string, string] => [`value.words[${i}]`, w]),
    ['value.range.basis', 'range' in value ? value.range?.basis : undefined],
    ['note', fact.note],
    ['source', fact.source],
    ['period.words', fact.period.words],
    ['namedAs', fact.namedAs],
    ['layoff.announcedBy', layoff?.announcedBy],
    ['layoff.location', layoff?.location],
    ...(layoff?.units ?? []).map((u, i): [string, string] => [`layoff.units[${i}]`, u]),
    ...(layoff?.roles ?? []).map((r, i): [string, string] => [`layoff.roles[${i}]`, r]),
  ]
  return texts.filter((t): t is [string, string] => Boolean(t[1]))
}

/** The fields whose words assert: a cause, a certainty or a measure there must be a quote's, not ours. */
const ASSERTING = /^(label|value\.claim|namedAs|layoff\.(announcedBy|location|units|roles))/

// A party named by a pronoun or by the company's own role ("the company", "a spokesperson") is the fact's company.
const SELF = new Set(
  ['company', 'spokesperson', 'executive', 'it', 'they', 'he', 'she', 'we', 'firm', 'division'].map(
    (w) => termsOf(w)[0],
  ),
)

/**
 * Whether a source names the party a sentence credits: they share a term, or the party is the company
 * itself ("The company stated") and the source names the company.
 */
export function namesParty(source: string, party: string, companyNames: readonly string[]): boolean {
  const said = new Set(termsOf(source))
  const partyTerms = termsOf(party)
  if (partyTerms.some((t) => said.has(t))) return true
  const self = partyTerms.some((t) => SELF.has(t)) || companyNames.some((n) => usesPhrase(party, n))
  return self && companyNames.some((n) => usesPhrase(source, n))
}

export interface QuotedCitation extends Pick<Citation, 'quote' | 'role' | 'article'> {
  /** The sentences of its article the quote sits in. */
  sentences: string[]
}

/**
 * A hedge of a value or detail quote ("reportedly", "around", "a factor", "plans to") that the fact drops:
 * it must survive in the value's kind, in the fact's words, or (for a report) in naming who reports it,
 * unless `hedgesNotKept` says why not.
 */
export function hedgeProblems(fact: FactInput, citations: readonly QuotedCitation[], companyNames: string[]): string[] {
  const wording = factWording(fact).map(([, text]) => text)
  const excused = new Set((fact.hedgesNotKept ?? []).map((h) => h.hedge.toLowerCase()))
  const problems: string[] = []
  citations.forEach((c, i) => {
    const role = citationRole(c)
    if (role !== 'value' && role !== 'detail') return
    for (const hedge of findHedges(c.quote)) {
      if (excused.has(hedge.entry.phrase)) continue
      const family = HEDGE_FAMILIES[hedge.entry.family]
      const byKind = 'valueKind' in family && fact.value.kind === family.valueKind
      const byWords = family.keep.some((k) => wording.some((text) => usesPhrase(text, k)))
      const byCredit =
        'keptByAttribution' in family &&
        c.sentences.some((s) => findAttributions(s).some((a) => namesParty(fact.source, a.party, companyNames)))
      if (byKind || byWords || byCredit) continue
      const where = 'valueKind' in family ? `value kind (${family.valueKind}), ` : ''
      problems.push(
        `citations[${i}]: the quote says “${hedge.text}” (${family.means}), which the fact drops; keep it in its ${where}wording (label, claim, note, source …)${'keptByAttribution' in family ? ' or by naming who reports it in source' : ''}, or add it to hedgesNotKept with why: "${c.quote}"`,
      )
    }
  })
  return problems
}

/**
 * A cause ("led to"), certainty ("announced", "confirmed") or measure ("operating") word in a fact's
 * asserting fields that no quote of the fact uses: the dashboard would say more than the articles.
 */
export function claimWordProblems(fact: FactInput): string[] {
  const quotes = fact.citations.map((c) => c.quote)
  return factWording(fact)
    .filter(([field]) => ASSERTING.test(field))
    .flatMap(([field, text]) =>
      findClaimWords(text)
        .filter((w) => !quotes.some((q) => usesPhrase(q, w.text)))
        .map(
          (w) =>
            `${field}: says “${w.text}” (a ${w.entry.kind} word), which no quote of the fact uses; say what the quotes say`,
        ),
    )
}

/**
 * A value quote of a claim in words counts in "stated by N" only if it states the claim: one of the
 * value's words it uses must be terms of the claim. Quartz's “business changes” does not state a move
 * to self-serve training, so it may be a detail, not a value quote.
 */
export function statedClaimProblems(fact: FactInput): string[] {
  const { value } = fact
  if (value.kind !== 'qualitative') return []
  return fact.citations.flatMap((c, i) => {
    if (citationRole(c) !== 'value') return []
    const used = value.words.filter((w) => usesPhrase(c.quote, w))
    if (!used.length || used.some((w) => !termsMissing(w, value.claim).length)) return []
    const missing = [...new Set(used.flatMap((w) => termsMissing(w, value.claim)))]
    return [
      `citations[${i}]: counts in “stated by N”, but the words it shares with the value (${used.map((w) => `“${w}”`).join(', ')}) are not terms of the claim “${value.claim}” (missing: ${missing.join(', ')}); cite it as detail, or word the claim so it says what this quote says`,
    ]
  })
}
