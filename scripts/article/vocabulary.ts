import { findClaimWords, findHedges, HEDGES, hedgeValueKind } from '../../src/domain/claim-vocabulary.ts'

/** How a qualifier changes a figure: "around 60,000" is approximate, "over 1,000" a bound. */
export type QualifierKind = 'approximate' | 'bound'

/** Qualifiers written before a figure, the shared hedges that make one approximate or a bound; longest first so "more than" wins over "more". */
export const QUALIFIERS: readonly { words: string; kind: QualifierKind }[] = HEDGES.flatMap((h) => {
  const kind = hedgeValueKind(h)
  return kind === 'approximate' || kind === 'bound' ? [{ words: h.phrase, kind }] : []
}).sort((a, b) => b.words.length - a.words.length)

/** Quantities the articles give only in words: they stay words ("several hundred"), never a number. */
export const VAGUE_QUANTITIES = [
  'several hundred',
  'several thousand',
  'a few hundred',
  'a few thousand',
  'hundreds',
  'thousands',
  'dozens',
  'tens of thousands',
  'millions',
  'billions',
] as const

/**
 * The first word of a sentence that gives a cause: the shared cause and purpose words ("due to", "to tackle",
 * "a response to") and the hedges of contribution ("a driving force", "a factor"). A sentence with one
 * proposes (or corroborates) a cause.
 */
export function causeWordIn(text: string): { text: string; start: number } | null {
  const found = [
    ...findClaimWords(text).filter((w) => w.entry.kind === 'cause' || w.entry.kind === 'purpose'),
    ...findHedges(text).filter((h) => h.entry.family === 'contribution'),
  ].sort((a, b) => a.start - b.start)
  return found[0] ?? null
}

/** Words that give a direction of change. */
export const TREND_WORDS =
  /\b(rebounded|rose|fell|dipped|declined?|increase[ds]?|increasing|decrease[ds]?|grew|growth|slowed|slowdown|doubled|shrank|gained|lost ground|losing ground)\b/i

/** Words of job cuts. */
export const LAYOFF_WORDS =
  /\b(job cuts|layoffs?|lay-offs?|laid off|lay off|laying off|cuts|cutbacks|staff reduction|reductions?|affected)\b/i

/** Words naming which part of a company cuts hit: a sentence about the cuts with one of them says where. */
export const UNIT_WORDS =
  /\b(teams?|organi[sz]ation|division|department|roles (?:in|involved)|positions|regions|\w+ roles)\b/i

/**
 * Sentences the dashboard leaves out even when they touch its topics: commitments, the article's own
 * assessments, and other companies' news. A figure in one still carries it.
 */
export const LEFT_OUT_WORDS =
  /\b(committed to|commitment to|underscores|remains a key player|murmurings|a trend seen|other large tech companies|challenges facing|internal opportunities)\b/i
