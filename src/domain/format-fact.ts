import { formatAmount } from '../lib/format.ts'
import { formatPeriodKey, formatPeriodValue, periodKey, type PeriodKey } from '../lib/period.ts'
import { sourcedFacts, type DatasetIndex } from './dataset-index.ts'
import { isDerivedValue } from './kinds.ts'
import type { Article, Fact, FactValue, Period } from './schema.ts'

/**
 * A value as the articles give it: exact figures formatted, qualified ones
 * with their qualifier ("around 60,000"), vague ones in the sources' words,
 * a derived range as its two ends, a claim in words as that claim.
 */
export function formatValue(value: FactValue): string {
  switch (value.kind) {
    case 'stated':
    case 'derived':
      return formatAmount(value.amount, value.unit)
    case 'approximate':
    case 'bound':
      return `${value.words} ${formatAmount(value.amount, value.unit)}`
    case 'vague':
      return value.words.map((w) => `“${w}”`).join(' / ')
    case 'unknown':
      // The articles' words for it, where they give some ("significant layoffs"), are what they do report.
      return value.words ? `Not reported (“${value.words}”)` : 'Not reported'
    case 'derived-range':
      return `${formatAmount(value.min, value.unit)}–${formatAmount(value.max, value.unit)}`
    case 'qualitative':
      return value.claim
  }
}

/** The amount a chart can place, or null for values the articles give no number for. */
export const amountOf = (value: FactValue): number | null => ('amount' in value ? value.amount : null)

export const VALUE_KIND_LABELS = {
  stated: 'Stated',
  approximate: 'Approximate',
  bound: 'Lower bound',
  vague: 'Vague',
  unknown: 'Unknown',
  derived: 'Derived',
  'derived-range': 'Derived range',
  qualitative: 'In words',
} as const satisfies Record<FactValue['kind'], string>

/** A value's name in its article, where it is not the dataset's: "the article’s “Amazon’s market share”", or "". */
export const namedAsWords = (fact: Pick<Fact, 'namedAs'> | undefined) =>
  fact?.namedAs ? `the article’s “${fact.namedAs}”` : ''

/** The one mark for a year the articles do not print: "Q4 2023*", explained by {@link inferredYearNote}. */
export const YEAR_INFERRED_MARK = '*'

const NOTE = `${YEAR_INFERRED_MARK} Year inferred: `
const NOT_PRINTED = 'the articles do not print it.'

/** A period or dated event: articles' dates and layoff dates are written the same way as facts' periods. */
type Dated = Pick<Period, 'value' | 'words' | 'yearInferred'> & { inferred?: boolean }

/**
 * A period as the articles give it: "Q4 2023*" (year inferred), "about Mar 2023*" (the date itself
 * inferred), "3 Apr 2024", or their own words when they date it no closer.
 */
export function formatPeriod(period: Dated): string {
  if (!period.value) return period.words ? capitalise(period.words) : 'Undated'
  const text = `${formatPeriodValue(period.value)}${period.yearInferred ? YEAR_INFERRED_MARK : ''}`
  return period.inferred ? `about ${text}` : text
}

/** A fact's period as every view shows it, marked where its year is inferred: "Q4 2023*". */
export const markedPeriod = (fact: Pick<Fact, 'period'>): string => formatPeriod(fact.period)

/**
 * A quarter as a chart subtitle or filter names it, marked when a year among the given facts that
 * fall in it is inferred: "Q4 2023*". Facts from other quarters are ignored.
 */
export function markedPeriodKey(key: PeriodKey, facts: readonly Pick<Fact, 'period'>[]): string {
  const inferred = facts.some((f) => f.period.yearInferred && periodKey(f.period) === key)
  return `${formatPeriodValue(key)}${inferred ? YEAR_INFERRED_MARK : ''}`
}

// Per dataset: the filter periods with a fact whose year is inferred.
const inferredKeys = new WeakMap<object, Set<PeriodKey>>()

/**
 * A filter period as a chip, the filter's words and a summary name it, marked when the year of a fact
 * in it is inferred: "Q2 2024*"; "Undated" for facts dated no closer than the articles' words.
 */
export function periodKeyLabel(index: Pick<DatasetIndex, 'facts' | 'periodOf'>, key: PeriodKey): string {
  let keys = inferredKeys.get(index.facts)
  if (!keys) {
    keys = new Set(index.facts.filter((f) => f.period.yearInferred).map((f) => index.periodOf.get(f.id)!))
    inferredKeys.set(index.facts, keys)
  }
  return `${formatPeriodKey(key)}${keys.has(key) ? YEAR_INFERRED_MARK : ''}`
}

/**
 * The note for anything showing the facts' periods, or null when no year among them is inferred:
 * "* Year inferred: …", with how the year is known as recorded by the articles that state them
 * (for a derived value, those of its inputs), each basis once.
 */
export function inferredYearNote(index: DatasetIndex, facts: readonly Fact[]): string | null {
  // One pass with no array per fact: under the facts table this runs over all the filtered facts on each filter change.
  let inferred = false
  const articles = new Set<string>()
  for (const fact of facts) {
    if (!(fact.period.yearInferred || fact.layoff?.eventDate?.yearInferred)) continue
    inferred = true
    const sourced = isDerivedValue(fact.value) ? sourcedFacts(index, fact) : [fact]
    for (const f of sourced) for (const c of f.citations) articles.add(c.article)
  }
  if (!inferred) return null
  const bases = [...articles].sort().flatMap((id) => index.articleById.get(id)?.date.yearBasis ?? [])
  return NOTE + ([...new Set(bases)].join(' ') || NOT_PRINTED)
}

/** The years' account in one line, where the full one does not fit (a source line, a slide image's footer). */
export const SHORT_YEAR_NOTE = `${NOTE}no article prints the year; it is read from the dates they give.`

/**
 * The marker's note where there is room for one line (under a chart, on a slide, in an image): the
 * evidence, the CSV and the speaker notes give inferredYearNote's full account.
 */
export const shortYearNote = (facts: readonly Pick<Fact, 'period' | 'layoff'>[]): string | null =>
  facts.some((f) => f.period.yearInferred || f.layoff?.eventDate?.yearInferred) ? SHORT_YEAR_NOTE : null

/** The note for an article's own date, or null when its year is printed. */
export const articleYearNote = (article: Pick<Article, 'date'>): string | null =>
  article.date.yearInferred ? NOTE + (article.date.yearBasis ?? NOT_PRINTED) : null

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
