// Checks that a fact says no more than its sentences: each guards against one way a careful reading
// found the data going beyond the articles (order read as cause, a quote about something else, a
// reason that misstates where a sentence is, a date no quote gives).
import type { Citation, Company, FactInput } from '../../src/domain/schema.ts'
import { citationRole } from '../../src/domain/kinds.ts'
import { findAttributions, findClaimWords } from '../../src/domain/claim-vocabulary.ts'
import { findValueInQuote } from './value-in-quote.ts'

/** Words that order events without saying one caused the other ("This announcement follows …"). */
const CONNECTIVES = new Set([
  'after',
  'ahead of',
  'amid',
  'before',
  'came as',
  'comes as',
  'follow',
  'followed',
  'following',
  'follows',
  'since',
  'then',
])

/** A value quote whose highlighted words are a connective states an order of events, not the value. */
export function connectiveProblem(quote: string, highlight: { start: number; end: number }): string | null {
  const words = quote.slice(highlight.start, highlight.end).trim().toLowerCase()
  return CONNECTIVES.has(words)
    ? `the value is highlighted on "${words}", which orders events without stating the value; cite the quote as detail, or give words that state the claim`
    : null
}

// How the articles name each company besides its name, and the words each metric is spoken of in.
const COMPANY_WORDS: Record<string, readonly string[]> = {
  aws: [
    'Amazon Web Services',
    'cloud division',
    'cloud-computing business',
    'cloud computing',
    'cloud giant',
    'Amazon',
  ],
  amazon: ['company'],
  azure: ['Microsoft'],
  'google-cloud': ['Google'],
  market: ['market', 'cloud'],
  others: ['other providers'],
}
const METRIC_WORDS: Record<string, readonly string[]> = {
  market_share: ['market share'],
  spending: ['spending'],
  spending_growth: ['spending', 'growth'],
  revenue: ['revenue', 'sales'],
  profit: ['profit'],
  profit_to_revenue: ['margin', 'profit'],
  layoffs: [
    'job',
    'layoff',
    'lay-off',
    'lay off',
    'laying off',
    'cuts',
    'cutbacks',
    'staff',
    'employees',
    'affected',
    'reduction',
  ],
  headcount: ['headcount', 'staff', 'employees'],
  investment: ['investment', 'invest', 'stake'],
  workforce: ['workforce', 'workers', 'hiring', 'staff'],
  severance: ['severance'],
  open_positions: ['positions', 'hire', 'hiring'],
  pay_after_termination: ['pay', 'benefits'],
  layoffs_share: ['cuts', 'decrease', 'headcount', 'staff'],
  cause: [
    'because',
    'due to',
    'driving force',
    'factor',
    'response',
    'consequence',
    'aimed at',
    'prompted',
    'leading to',
  ],
  program: ['technology', 'program', 'system'],
  plan: ['plan'],
}

/** The ways the articles name a company: its name, then the other words they use for it. */
export function companyNames(id: string, companies: readonly Company[]): string[] {
  const name = companies.find((c) => c.id === id)?.name
  return [...(name ? [name] : []), ...(COMPANY_WORDS[id] ?? [])]
}

const mentions = (quote: string, words: readonly string[]) => {
  const text = quote.toLowerCase()
  return words.some((w) => text.includes(w.toLowerCase()))
}

/**
 * A value or detail quote must be about the fact: name its company (or how the articles call it), a
 * word of its metric, or its number (for a claim in words, its words). Dates and attributions are
 * about when and who, so they are not asked.
 */
export function offTopicProblem(
  fact: Pick<FactInput, 'company' | 'metric' | 'value'>,
  citation: Pick<Citation, 'quote' | 'role'>,
  companies: readonly Company[],
) {
  const role = citationRole(citation)
  if (role !== 'value' && role !== 'detail') return null
  const name = companies.find((c) => c.id === fact.company)?.name
  const words = [...companyNames(fact.company, companies), ...(METRIC_WORDS[fact.metric] ?? [])]
  const found = findValueInQuote(citation.quote, fact.value)
  const statesNumber = found !== null && found !== 'not-applicable'
  if (statesNumber || mentions(citation.quote, words)) return null
  return `this ${role} quote mentions neither ${name ?? fact.company}, nor a word of ${fact.metric}, nor the value, so it is about something else; cite it with the fact it is about: "${citation.quote}"`
}

// Years, months, weekdays, quarters and relative dates. "May" is left out: the articles use it as a verb.
const DATE_WORDS =
  /\b(\d{4}|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|quarters?|years?|months?|weeks?|today|yesterday|recently)\b/i

/**
 * A fact given a date must show where it comes from: a value or date quote with a date word in it,
 * or `period.basis` saying how it is known. Derived values take theirs from their inputs.
 */
export function undatedProblem(fact: FactInput): string | null {
  if (!fact.period.value || fact.period.basis) return null
  if (fact.value.kind === 'derived' || fact.value.kind === 'derived-range') return null
  const dating = fact.citations.filter((c) => ['value', 'date'].includes(citationRole(c)))
  if (dating.some((c) => DATE_WORDS.test(c.quote))) return null
  return `dated ${fact.period.value}, but no value or date quote of it has a date word; add period.basis saying how the date is known, cite the words that date it, or leave it undated (period.value: null)`
}

/** What a left-out reason may claim about where its sentence is: every article, or named ones. */
const EVERY_ARTICLE = /\b(every|each|all(?: \w+)?) articles?\b|\bin every one\b/i

interface LeftOutClaim {
  id: string
  article: string
  leftOut?: string
}
interface NamedArticle {
  id: string
  names: string[]
}

/**
 * A left-out reason that says its sentence is in every article, or names other articles, must be true:
 * each article it means has a claim left out for the same reason (the same sentence, as that article
 * words it). "In every article" where one article lacks the sentence is the error this catches.
 */
export function leftOutReasonProblems(claims: readonly LeftOutClaim[], articles: readonly NamedArticle[]): string[] {
  const problems: string[] = []
  for (const claim of claims) {
    if (!claim.leftOut) continue
    const others = articles.filter((a) => a.id !== claim.article)
    const meant = EVERY_ARTICLE.test(claim.leftOut)
      ? others
      : others.filter((a) => a.names.some((n) => claim.leftOut!.includes(n)))
    for (const article of meant) {
      const same = claims.some((c) => c.article === article.id && c.leftOut === claim.leftOut)
      if (!same)
        problems.push(
          `claims.yaml › ${claim.id} › leftOut: the reason says the sentence is also in ${article.names[0] ?? article.id}, but no claim of that article is left out for the same reason`,
        )
    }
  }
  return problems
}

/** What a left-out reason may say its sentence lacks, and where the sentence would have it. */
const LACKS: Record<string, (sentence: string) => string | undefined> = {
  number: (s) => /\d[\d,.]*/.exec(s)?.[0],
  date: (s) => DATE_WORDS.exec(s)?.[0],
  source: (s) => findAttributions(s)[0]?.text,
  cause: (s) => findClaimWords(s).find((w) => w.entry.kind === 'cause')?.text,
}

/**
 * A left-out reason that says its sentence has "no number or date" (or no source, no cause) must be
 * right: "in recent months" is a date, so "no number or date" is the wrong reason for that sentence.
 */
export function leftOutLackProblems(claims: readonly (LeftOutClaim & { quotes: string[] })[]): string[] {
  return claims.flatMap((claim) => {
    const lacking = claim.leftOut && /\bno ([^;.]*)/i.exec(claim.leftOut)?.[1]
    if (!lacking) return []
    return Object.entries(LACKS).flatMap(([what, find]) => {
      const found = lacking.includes(what) ? claim.quotes.map(find).find(Boolean) : undefined
      return found
        ? [
            `claims.yaml › ${claim.id} › leftOut: says the sentence has no ${what}, but it has one (“${found}”); give the reason that holds`,
          ]
        : []
    })
  })
}
