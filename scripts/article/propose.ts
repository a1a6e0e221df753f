import { findAttributions, findHedges } from '../../src/domain/claim-vocabulary.ts'
import type { FactValue } from '../../src/domain/schema.ts'
import { splitSentences, type Sentence } from '../dataset/sentences.ts'
import { attributionOf } from './attribution.ts'
import { companyOf, findCompanies, subjectOf, type CompanyMention, type KnownCompany } from './companies.ts'
import { hedgesIn } from './hedges.ts'
import { metricOf } from './metrics.ts'
import { findDates, type DateMention, type ProposedPeriod } from './periods.ts'
import { findQuantities, type Quantity } from './quantities.ts'

/** A figure the intake proposes as a fact, before it is matched with the dataset's facts. */
export interface FigureProposal {
  /** Which sentence of the article states it. */
  sentence: number
  /** The words of the figure as written. */
  figure: string
  metric: string
  company: string
  /** A company the dataset does not have yet, named as the article names it. */
  newCompany: string | null
  period: ProposedPeriod
  value: FactValue
  /** Who the sentence says produced the figure; null when it names no one. `from`: the earlier sentence that names it. */
  source: { name: string; words: string; from?: number } | null
  /** Hedges and attributions the sentence carries ("reportedly", "expected to"), to keep in the fact. */
  hedges: string[]
}

/** What the intake reads of one sentence: its figures and the company and period in force after it. */
export interface SentenceReading {
  sentence: Sentence
  figures: FigureProposal[]
  /** The companies it names. */
  mentions: CompanyMention[]
  dates: DateMention[]
  /** The company in force: the last one a sentence before named, else the one the article names most. */
  context: string | null
  /** Who the sentence credits with what it says ("according to AWS"); null when it names no one. */
  source: FigureProposal['source']
  /** Its hedges and attributions, in its order. */
  hedges: string[]
}

// The news itself (cuts, a programme ending) is dated to the article; a standing figure mentioned with it
// (open positions, a pledge) to its month. Other figures with no date word are left undated.
const NEWS_METRICS = new Set(['layoffs'])
// Mentioned with the news: a credit (the shared cues: "said", "pledged", "announced"…), a plan, or a "will".
const mentionedWithTheNews = (sentence: string) =>
  findAttributions(sentence).length > 0 ||
  findHedges(sentence).some((h) => h.entry.family === 'intent') ||
  /\b(plans?|will)\b/i.test(sentence)

// Where a clause ends: a date across one of these dates something else ("cutting hundreds of jobs …, after
// its sales growth has slowed in recent quarters").
const CLAUSE_END =
  /,\s+(?=(?:after|as|while|but|which|although|though|despite|since|contributing|leading|following)\b)|;|\s[—–]\s/g

/** The span of the clause around a position of the sentence. */
function clauseAround(sentence: string, at: number): [number, number] {
  let start = 0
  for (const m of sentence.matchAll(CLAUSE_END)) {
    if (m.index >= at) return [start, m.index]
    start = m.index + m[0].length
  }
  return [start, sentence.length]
}

function periodFor(
  q: Quantity,
  metric: string,
  sentence: string,
  dates: ReturnType<typeof findDates>,
  before: readonly FigureProposal[],
  articleDate: { value: string; basis: string },
): ProposedPeriod {
  // The date nearest the figure, in its clause.
  const [from, to] = clauseAround(sentence, q.start)
  const inClause = dates.filter((d) => d.start >= from && d.start < to)
  const nearest = [...inClause].sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start))[0]
  if (nearest) return nearest.period
  // "Both Microsoft Azure and Google Cloud … increasing their market share to 24% and 11%": the same figures
  // as the sentence before, which dates them.
  const carried = before.find((f) => f.metric === metric && f.period.value)
  if (carried)
    return {
      ...carried.period,
      basis: `Its sentence gives no date; it follows the one that dates the same figures ${carried.period.words ?? carried.period.value}`,
    }
  if (NEWS_METRICS.has(metric))
    return {
      value: articleDate.value,
      inferred: false,
      yearInferred: true,
      words: null,
      basis: `Reported as the article's news, which it dates ${articleDate.basis}`,
    }
  if (mentionedWithTheNews(sentence))
    return {
      value: articleDate.value.slice(0, 7),
      inferred: true,
      yearInferred: true,
      words: null,
      basis: `Mentioned with the article's news; no quote of it has a date`,
    }
  return { value: null, inferred: false, yearInferred: false, words: null, basis: null }
}

function valueOf(q: Quantity): FactValue | null {
  if (!q.unit) return null
  switch (q.kind) {
    case 'vague':
      return { kind: 'vague', unit: q.unit, words: [q.words!.toLowerCase()] }
    case 'approximate':
    case 'bound':
      return { kind: q.kind, amount: q.amount!, unit: q.unit, words: q.words! }
    default:
      return { kind: 'stated', amount: q.amount!, unit: q.unit }
  }
}

/**
 * Reads an article sentence by sentence: each figure with its metric, company, period, source and
 * hedges. The company and the quarter of one sentence carry into the next ("The cutbacks include several
 * hundred jobs", "in the quarter"), as a reader carries them.
 */
export function readArticle(
  text: string,
  companies: readonly KnownCompany[],
  articleDate: { value: string; basis: string },
): SentenceReading[] {
  const date = new Date(`${articleDate.value}T12:00:00Z`)
  let companyContext: string | null = null
  let periodContext: ProposedPeriod | null = null
  let previous: FigureProposal[] = []
  let lastSource: ReturnType<typeof attributionOf> = null
  let lastSourceAt = -1
  const mainCompany = mostNamed(text, companies)
  return splitSentences(text).map((sentence, index) => {
    const mentions = findCompanies(sentence.text, companies, true)
    const dates = findDates(sentence.text, date, periodContext)
    const quantities = findQuantities(sentence.text)
    const source = attributionOf(sentence.text, lastSource)
    // "the research firm added" names no one itself: the sentence that did is cited with the figure.
    const continued = source?.continued === true
    if (source && !continued) [lastSource, lastSourceAt] = [source, index]
    const credit = source && { name: source.source, words: source.words, ...(continued ? { from: lastSourceAt } : {}) }
    const hedges = hedgesIn(sentence.text)
    const figures = quantities.flatMap((q): FigureProposal[] => {
      let metric = metricOf(sentence.text, q)
      // "a decrease in that number by several hundred": a count with no noun, about the people just named.
      if (!q.unit && q.kind === 'vague' && metric === 'new') q = { ...q, unit: 'people' }
      metric = metricOf(sentence.text, q)
      const value = valueOf(q)
      if (!value) return []
      const company = companyOf(sentence.text, q, quantities, mentions, companyContext ?? mainCompany, metric)
      const mention = mentions.find((m) => m.id === company)
      const market = metric.startsWith('spending') && !mention ? 'market' : null
      const period = periodFor(q, metric, sentence.text, dates, previous, articleDate)
      return [
        {
          sentence: index,
          figure: q.text,
          metric,
          company: market ?? company ?? mainCompany ?? 'market',
          newCompany: mention?.isNew ? mention.name : null,
          period,
          value,
          source: credit,
          hedges,
        },
      ]
    })
    const context = companyContext ?? mainCompany
    previous = figures
    companyContext = subjectOf(mentions) ?? companyContext
    const dated = dates.find((d) => d.period.value)
    if (dated) periodContext = { ...dated.period, basis: null }
    return {
      sentence,
      figures,
      mentions,
      dates,
      context,
      source: credit,
      hedges,
    }
  })
}

/** The company an article names most: the one a figure with no company in sight is about. */
function mostNamed(text: string, companies: readonly KnownCompany[]): string | null {
  const counts = new Map<string, number>()
  for (const m of findCompanies(text, companies)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
}
