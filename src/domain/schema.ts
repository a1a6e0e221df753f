import { z } from 'zod'
import { UNITS } from '../config/units.ts'
import { CITATION_ROLES } from './citation-roles.ts'

/**
 * The bundled dataset, as written by scripts/dataset and read by the app.
 * One schema serves both, so the build can never write what the app rejects.
 */

// Ids end up in URLs and file names: keep them to a safe, readable alphabet.
const Id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, "-" or "_"')

// 2023-Q4, 2023-12 or 2024-04-03: the three precisions the articles use.
const PERIOD_PATTERN = /^\d{4}-(Q[1-4]|(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)$/
const PeriodValue = z.string().regex(PERIOD_PATTERN, 'YYYY-Qn, YYYY-MM or YYYY-MM-DD')

export const Unit = z.enum(UNITS)

export const METRICS = [
  'market_share',
  'spending',
  'spending_growth',
  'revenue',
  'profit',
  'profit_to_revenue',
  'layoffs',
  'headcount',
  'investment',
  'workforce',
  'severance',
  'open_positions',
  'pay_after_termination',
  'layoffs_share',
  // Claims in words (kind "qualitative"): a direction of change, a cause, a programme ending, a plan.
  'trend',
  'cause',
  'program',
  'plan',
] as const
export const Metric = z.enum(METRICS)

const Amount = z.number().finite()

/** The numbers a value's words are read as ("several hundred": 300 to 999), with the reading's basis. */
const Reading = z
  .object({ min: Amount, max: Amount, basis: z.string().min(1) })
  .refine((r) => r.min <= r.max, 'range.min must not exceed range.max')

/** How the articles give a value; the UI draws each kind differently. */
export const FactValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stated'), amount: Amount, unit: Unit }),
  z.object({
    kind: z.literal('approximate'),
    amount: Amount,
    unit: Unit,
    words: z.string().min(1),
    /** How far "around 60,000" reaches, where a derived range must honour the qualifier, and why. */
    range: Reading.optional(),
  }),
  z.object({ kind: z.literal('bound'), amount: Amount, unit: Unit, words: z.string().min(1) }),
  z.object({
    kind: z.literal('vague'),
    unit: Unit,
    words: z.array(z.string().min(1)).min(1),
    range: Reading.optional(),
  }),
  z.object({ kind: z.literal('unknown'), unit: Unit, words: z.string().min(1).optional() }),
  z.object({
    kind: z.literal('derived'),
    amount: Amount,
    unit: Unit,
    formula: z.string().min(1),
    decimals: z.number().int().min(0).max(6).optional(),
  }),
  /**
   * A formula over at least one vague input, computed at both ends of the inputs' ranges:
   * "several hundred" of "around 60,000" staff is a range, never one invented number.
   */
  z.object({
    kind: z.literal('derived-range'),
    min: Amount,
    max: Amount,
    unit: Unit,
    formula: z.string().min(1),
    decimals: z.number().int().min(0).max(6).optional(),
  }),
  /**
   * A claim the articles make in words, with no number: a direction of change ("dipped"), a cause,
   * a programme ending. `claim` says it plainly; `words` are the articles' own, found in every quote.
   */
  z.object({
    kind: z.literal('qualitative'),
    claim: z.string().min(1),
    words: z.array(z.string().min(1)).min(1),
    // No unit: there is no number. Declared so `value.unit` reads as undefined rather than failing to compile.
    unit: z.undefined().optional(),
  }),
])

/*
 * Two ways a date can be inferred, shown differently: `inferred` says the articles do not print the
 * date itself ("about Mar 2023"); `yearInferred` says they print no year, only "the fourth quarter"
 * or "3 April" ("Q4 2023*"). The year's basis is recorded once per article (ArticleDate.yearBasis).
 */
export const Period = z.object({
  value: PeriodValue.nullable(),
  inferred: z.boolean().default(false),
  yearInferred: z.boolean().optional(),
  words: z.string().min(1).optional(),
  /** How the period is known when no quote of the fact has a date word (the build asks for it then). */
  basis: z.string().min(1).optional(),
})

const DatedEvent = z.object({
  value: PeriodValue,
  inferred: z.boolean(),
  yearInferred: z.boolean().optional(),
  basis: z.string().min(1),
})

/** An article's date; `yearBasis` says how the year is known when the text prints none. */
export const ArticleDate = DatedEvent.extend({ yearBasis: z.string().min(1).optional() })

const Layoff = z.object({
  /** How many waves the count covers: more than one makes it a total, not a wave of its own. */
  waves: z.number().int().min(1).default(1),
  /**
   * For a total: waves the articles give apart that may or may not be part of it (the 9,000 of one email
   * and the 27,000 of two waves). Nothing is derived from either; the chart says the overlap is unknown.
   */
  mayInclude: z.array(Id).optional(),
  units: z.array(z.string().min(1)),
  /** The kinds of role hit hardest, in the articles' words. */
  roles: z.array(z.string().min(1)).optional(),
  location: z.string().min(1).nullable(),
  announcedBy: z.string().min(1).nullable(),
  eventDate: DatedEvent.nullable(),
})

/** What a quote supports: see CITATION_ROLES. */
export const CitationRole = z.enum(CITATION_ROLES)

/** A quote as written in data/facts.yaml; no role means it states the value. */
export const CitationInput = z.object({
  article: Id,
  quote: z.string().min(8),
  role: CitationRole.optional(),
  /** Words to mark in a date, attribution or detail quote; a value quote's words are found by the build. */
  mark: z.string().min(1).optional(),
})

const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })

/** A quote located in its cleaned article; `highlight` spans the number or words it states. */
export const Citation = CitationInput.extend({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  highlight: Span.nullable(),
})

/**
 * Which article a fact cites, and for what, without the quote: all that source lines, counts and search
 * need. The quotes themselves are in the evidence file (Evidence), in the same order.
 */
const CitationRef = CitationInput.pick({ article: true, role: true })

const factFields = {
  id: Id,
  label: z.string().min(1),
  metric: Metric,
  company: Id,
  period: Period,
  value: FactValue,
  source: z.string().min(1),
  note: z.string().min(1).optional(),
  /**
   * How the articles name the company for this value when not by the company's name ("Amazon’s market
   * share" for AWS's share): charts say so beside the value.
   */
  namedAs: z.string().min(1).optional(),
  layoff: Layoff.optional(),
}

/** A hedge of a quote ("would") that the fact's words do not keep, and why that is no loss. */
const HedgeNotKept = z.object({ hedge: z.string().min(1), why: z.string().min(1) })

export const FactInput = z.object({
  ...factFields,
  citations: z.array(CitationInput),
  /** For the build only: hedges of its quotes the fact does not carry, each with its reason. */
  hedgesNotKept: z.array(HedgeNotKept).optional(),
})
export const Fact = z.object({
  ...factFields,
  /** Ids of the facts a derived value is computed from, in formula order. */
  inputs: z.array(Id),
  citations: z.array(CitationRef),
})

export const Company = z.object({ id: Id, name: z.string().min(1) })

export const ArticleMeta = z.object({
  id: Id,
  title: z.string().min(1).nullable(),
  publisher: z.string().min(1).nullable(),
  author: z.string().min(1).nullable(),
  date: ArticleDate,
})

/**
 * How a reader names an article: its title; else its publisher; else words from its first
 * sentence (with "…" where cut), which the UI marks as such. Never its file id.
 */
export const ArticleLabel = z.object({
  text: z.string().min(1),
  from: z.enum(['title', 'publisher', 'first-sentence']),
})

/**
 * The words that name an article's publisher or author, so the credit can be checked in place:
 * `dropped` says why the cleaning left that line out of the text (null when it is in the text).
 */
export const Credit = z.object({
  names: z.enum(['publisher', 'author']),
  quote: z.string().min(1),
  dropped: z.string().min(1).nullable(),
})

/** An article as the dashboard lists it: its text is in a file of its own (ArticleTexts), read for the article view. */
export const Article = ArticleMeta.extend({
  label: ArticleLabel.optional(),
  credits: z.array(Credit).optional(),
})

/**
 * The cleaned texts of the articles, apart from the dataset: the charts, source lines and quotes need
 * none of them, and at scale they are a fifth of its weight. Citations' offsets point into these texts.
 */
export const ArticleTexts = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(z.object({ id: Id, text: z.string().min(1) })),
})

/** A quote of a claim, located in its cleaned article. */
const LocatedQuote = z.object({ article: Id, quote: z.string().min(1) }).extend(Span.shape)

/**
 * Where the articles word or scope the same claim differently: each version, in its own quotes.
 * Written by the build from data/claims.yaml.
 */
export const Disagreement = z.object({
  id: Id,
  /** What the versions differ on: "Who made the cuts known". */
  about: z.string().min(1),
  /** The facts the disagreement is shown with. */
  facts: z.array(Id).min(1),
  versions: z.array(z.object({ says: z.string().min(1), quotes: z.array(LocatedQuote).min(1) })).min(2),
})

/**
 * The quotes behind the facts, apart from the dataset: the first view (charts, key figures, the table)
 * needs none of them, and at scale they are half its weight. Read on the first selection of a fact.
 */
export const Evidence = z.object({
  schemaVersion: z.literal(1),
  /** Each fact's quotes by fact id, in the order of its citations in the dataset; none for a fact with none. */
  citations: z.record(Id, z.array(Citation)),
  disagreements: z.array(Disagreement),
})

export const Dataset = z
  .object({
    schemaVersion: z.literal(1),
    companies: z.array(Company).min(1),
    articles: z.array(Article).min(1),
    facts: z.array(Fact).min(1),
  })
  // Ids that point nowhere would leave a source line without its article or a formula without its input.
  .superRefine(({ companies, articles, facts }, ctx) => {
    const articleIds = new Set(articles.map((a) => a.id))
    const companyIds = new Set(companies.map((c) => c.id))
    const factIds = new Set(facts.map((f) => f.id))
    facts.forEach((fact, i) => {
      const issue = (path: PropertyKey[], message: string) =>
        ctx.addIssue({ code: 'custom', path: ['facts', i, ...path], message: `fact "${fact.id}": ${message}` })
      if (!companyIds.has(fact.company)) issue(['company'], `unknown company "${fact.company}"`)
      fact.citations.forEach((c, j) => {
        if (!articleIds.has(c.article)) issue(['citations', j, 'article'], `cites unknown article "${c.article}"`)
      })
      fact.inputs.forEach((id, j) => {
        if (!factIds.has(id)) issue(['inputs', j], `derived from unknown fact "${id}"`)
      })
    })
  })

export type Unit = z.infer<typeof Unit>
export type Metric = z.infer<typeof Metric>
export type FactValue = z.infer<typeof FactValue>
export type Period = z.infer<typeof Period>
export type Citation = z.infer<typeof Citation>
export type CitationRef = z.infer<typeof CitationRef>
export type CitationRole = z.infer<typeof CitationRole>
export type ArticleLabel = z.infer<typeof ArticleLabel>
export type Credit = z.infer<typeof Credit>
export type Disagreement = z.infer<typeof Disagreement>
export type DatedEvent = z.infer<typeof DatedEvent>
export type Fact = z.infer<typeof Fact>
export type FactInput = z.infer<typeof FactInput>
export type Company = z.infer<typeof Company>
export type Article = z.infer<typeof Article>
export type ArticleMeta = z.infer<typeof ArticleMeta>
export type ArticleTexts = z.infer<typeof ArticleTexts>
export type Dataset = z.infer<typeof Dataset>
/** A fact with its quotes: as the build checks it, and as the evidence and the exports read it. */
export type QuotedFact = Omit<Fact, 'citations'> & { citations: Citation[] }
export type Evidence = z.infer<typeof Evidence>
