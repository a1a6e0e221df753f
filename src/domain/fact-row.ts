import { periodBounds } from '../lib/period.ts'
import { articleLabel, articlePublisher } from './article-label.ts'
import type { QuotedDataset } from './evidence-index.ts'
import { amountOf, formatValue, inferredYearNote, markedPeriod } from './format-fact.ts'
import { citationRole, isDerivedValue } from './kinds.ts'
import { formulaWithRounding } from './rounding-range.ts'
import type { Citation, CitationRole, Fact } from './schema.ts'

/** One fact, with everything needed to check it against its sources; empty cells where it has nothing. */
export interface FactRow {
  fact_id: string
  label: string
  /** The company's display name. */
  company: string
  /** What is measured: market_share, revenue, layoffs, … */
  metric: string
  /** The period as the dashboard writes it, marked where the year is inferred: "Q4 2023*", "about Mar 2023*". */
  period: string
  /** The period as written in the data: "2023-Q4", "2023-12", "2024-04-03"; empty when undated. */
  period_iso: string
  /** First and last day of the period, ISO 8601; empty when undated. */
  period_start: string
  period_end: string
  /** The articles' own words for when: "“in the fourth quarter”", "in prior years". */
  period_words: string
  year_inferred: boolean
  /** "* Year inferred: …", how the year is known; empty when it is printed. */
  year_note: string
  /** For a layoff: the day or month it was announced, ISO 8601. */
  event_date_iso: string
  /** The number, or null (an empty cell) when the articles give none. */
  value: number | null
  /** The value as the dashboard shows it: "$24.2B", "“several hundred” / “hundreds”", "Fell". */
  value_text: string
  /** The articles' words for a vague, qualified, unknown or qualitative value, joined by " / ". */
  value_words: string
  /** A vague or approximate value's reading ("around 60,000" as 55,000–65,000), or a derived range's ends. */
  range_min: number | null
  range_max: number | null
  range_basis: string
  unit: string
  kind: Fact['value']['kind']
  derived: boolean
  vague: boolean
  /** A derived value's formula in words: "100% − AWS share … (31%) − … = 34%". */
  formula: string
  /** The same formula over fact ids, for machines: "100 - {share-aws-2023-q4} - …". */
  formula_ids: string
  /** Who first produced the number. */
  source: string
  /** How many articles state the value (0 for a derived one). */
  stated_by: number
  /**
   * The articles behind the value (for a derived one, behind its inputs): their ids joined by ";", and in
   * the same order their labels and publishers, joined by " | ".
   */
  article_ids: string
  articles: string
  publishers: string
  /** Quotes by role, each joined by " | ": those stating the value (or its inputs'), dating it, attributing it, adding details. */
  value_quotes: string
  date_quotes: string
  attribution_quotes: string
  detail_quotes: string
  /** What the articles differ on, joined by " | "; the versions are with the evidence. */
  articles_differ: string
  note: string
}

/**
 * The columns of the facts CSV, in order: the data package's facts.csv (whose Table Schema describes each
 * one) and "Download all facts". The quotes are not among them: the package gives them a file of their own.
 */
export const FACT_COLUMNS = [
  'fact_id',
  'label',
  'company',
  'metric',
  'period',
  'period_iso',
  'period_start',
  'period_end',
  'period_words',
  'year_inferred',
  'event_date_iso',
  'value',
  'value_text',
  'value_words',
  'range_min',
  'range_max',
  'range_basis',
  'unit',
  'kind',
  'derived',
  'vague',
  'formula',
  'formula_ids',
  'source',
  'stated_by',
  'articles',
  'publishers',
  'articles_differ',
  'note',
] as const satisfies readonly (keyof FactRow)[]

const ARTICLE_SEPARATOR = ';'
const LIST_SEPARATOR = ' | '

const unique = <T>(items: T[]) => [...new Set(items)]
const ofRole = (citations: readonly Citation[], role: CitationRole) => citations.filter((c) => citationRole(c) === role)

/**
 * The value quotes behind a fact. A derived value has none of its own: it stands on the quotes of
 * the facts it is computed from, so those are followed (through chains of derived values, each fact once).
 */
function valueCitations(sources: QuotedDataset, fact: Fact, seen = new Set<string>()): Citation[] {
  if (seen.has(fact.id)) return []
  seen.add(fact.id)
  const inputs = fact.inputs.flatMap((id) => {
    const input = sources.index.factById.get(id)
    return input ? valueCitations(sources, input, seen) : []
  })
  return [...ofRole(sources.evidence.citationsOf(fact.id), 'value'), ...inputs]
}

function valueWords(value: Fact['value']): string {
  if (value.kind === 'vague' || value.kind === 'qualitative') return value.words.join(' / ')
  if (value.kind === 'approximate' || value.kind === 'bound') return value.words
  return value.kind === 'unknown' ? (value.words ?? '') : ''
}

function range(value: Fact['value']): { min: number | null; max: number | null; basis: string } {
  if ((value.kind === 'vague' || value.kind === 'approximate') && value.range) return value.range
  if (value.kind === 'derived-range')
    return { min: value.min, max: value.max, basis: 'computed at both ends of its inputs' }
  return { min: null, max: null, basis: '' }
}

/** One fact as a row of a CSV file: the package's facts.csv, or a chart's CSV export. */
export function factRow({ index, evidence }: QuotedDataset, fact: Fact): FactRow {
  const { value, period } = fact
  const supporting = valueCitations({ index, evidence }, fact)
  const articleIds = unique(supporting.map((c) => c.article))
  const articles = articleIds.flatMap((id) => index.articleById.get(id) ?? [])
  const quotes = (role: Exclude<CitationRole, 'value'>) =>
    unique(ofRole(evidence.citationsOf(fact.id), role).map((c) => c.quote)).join(LIST_SEPARATOR)
  const bounds = period.value ? periodBounds(period.value) : null
  const { min, max, basis } = range(value)
  return {
    fact_id: fact.id,
    label: fact.label,
    company: index.companyById.get(fact.company)?.name ?? fact.company,
    metric: fact.metric,
    period: markedPeriod(fact),
    period_iso: period.value ?? '',
    period_start: bounds?.start ?? '',
    period_end: bounds?.end ?? '',
    period_words: period.words ?? '',
    year_inferred: period.yearInferred ?? false,
    year_note: period.yearInferred ? (inferredYearNote(index, [fact]) ?? '') : '',
    event_date_iso: fact.layoff?.eventDate?.value ?? '',
    value: amountOf(value),
    value_text: formatValue(value),
    value_words: valueWords(value),
    range_min: min,
    range_max: max,
    range_basis: basis,
    unit: value.unit ?? '',
    kind: value.kind,
    derived: isDerivedValue(value),
    vague: value.kind === 'vague',
    formula: formulaWithRounding(fact, index),
    formula_ids: isDerivedValue(value) ? value.formula : '',
    source: fact.source,
    stated_by: index.articleCountOf.get(fact.id) ?? 0,
    article_ids: articleIds.join(ARTICLE_SEPARATOR),
    articles: articles.map(articleLabel).join(LIST_SEPARATOR),
    publishers: articles.map(articlePublisher).join(LIST_SEPARATOR),
    value_quotes: unique(supporting.map((c) => c.quote)).join(LIST_SEPARATOR),
    date_quotes: quotes('date'),
    attribution_quotes: quotes('attribution'),
    detail_quotes: quotes('detail'),
    articles_differ: (evidence.disagreementsOf.get(fact.id) ?? []).map((d) => d.about).join(LIST_SEPARATOR),
    note: fact.note ?? '',
  }
}
