import { z } from 'zod'
import { UNITS } from '../../config/units'

/**
 * The bundled dataset, as written by scripts/dataset and read by the app.
 * One schema serves both, so the build can never write what the app rejects.
 */

// Ids end up in URLs and file names: keep them to a safe, readable alphabet.
const Id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, "-" or "_"')

// 2023-Q4, 2023-12 or 2024-04-03: the three precisions the articles use.
export const PERIOD_PATTERN = /^\d{4}-(Q[1-4]|(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)$/
const PeriodValue = z.string().regex(PERIOD_PATTERN, 'YYYY-Qn, YYYY-MM or YYYY-MM-DD')

export { UNITS }
export const Unit = z.enum(UNITS)

export const METRICS = [
  'market_share',
  'spending',
  'spending_growth',
  'revenue',
  'operating_profit',
  'operating_margin',
  'layoffs',
  'headcount',
  'investment',
  'workforce',
  'severance',
  'open_positions',
] as const
export const Metric = z.enum(METRICS)

const Amount = z.number().finite()

/** How the articles give a value; the UI draws each kind differently. */
export const FactValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stated'), amount: Amount, unit: Unit }),
  z.object({ kind: z.literal('approximate'), amount: Amount, unit: Unit, words: z.string().min(1) }),
  z.object({ kind: z.literal('bound'), amount: Amount, unit: Unit, words: z.string().min(1) }),
  z.object({
    kind: z.literal('vague'),
    unit: Unit,
    words: z.array(z.string().min(1)).min(1),
    range: z
      .object({ min: Amount, max: Amount, basis: z.string().min(1) })
      .refine((r) => r.min <= r.max, 'range.min must not exceed range.max')
      .optional(),
  }),
  z.object({ kind: z.literal('unknown'), unit: Unit, words: z.string().min(1).optional() }),
  z.object({
    kind: z.literal('derived'),
    amount: Amount,
    unit: Unit,
    formula: z.string().min(1),
    decimals: z.number().int().min(0).max(6).optional(),
  }),
])

export const Period = z.object({
  value: PeriodValue.nullable(),
  inferred: z.boolean().default(false),
  words: z.string().min(1).optional(),
})

export const DatedEvent = z.object({
  value: PeriodValue,
  inferred: z.boolean(),
  basis: z.string().min(1),
})

export const Layoff = z.object({
  /** How many waves the count covers: more than one makes it a total, not a wave of its own. */
  waves: z.number().int().min(1).default(1),
  units: z.array(z.string().min(1)),
  location: z.string().min(1).nullable(),
  announcedBy: z.string().min(1).nullable(),
  eventDate: DatedEvent.nullable(),
})

/** A quote as written in data/facts.yaml. */
export const CitationInput = z.object({ article: Id, quote: z.string().min(8) })

/** A quote located in its cleaned article; `highlight` spans the number or words it states. */
export const Citation = CitationInput.extend({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  highlight: z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }).nullable(),
})

const factFields = {
  id: Id,
  label: z.string().min(1),
  metric: Metric,
  company: Id,
  period: Period,
  value: FactValue,
  source: z.string().min(1),
  note: z.string().min(1).optional(),
  layoff: Layoff.optional(),
}

export const FactInput = z.object({ ...factFields, citations: z.array(CitationInput) })
export const Fact = z.object({
  ...factFields,
  /** Ids of the facts a derived value is computed from, in formula order. */
  inputs: z.array(Id),
  citations: z.array(Citation),
})

export const Company = z.object({ id: Id, name: z.string().min(1) })

export const ArticleMeta = z.object({
  id: Id,
  title: z.string().min(1).nullable(),
  publisher: z.string().min(1).nullable(),
  author: z.string().min(1).nullable(),
  date: DatedEvent,
})

export const Article = ArticleMeta.extend({ text: z.string().min(1) })

export const Dataset = z
  .object({
    schemaVersion: z.literal(1),
    companies: z.array(Company).min(1),
    articles: z.array(Article).min(1),
    facts: z.array(Fact).min(1),
  })
  // Ids that point nowhere would leave an excerpt without its article or a formula without its input.
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
export type Fact = z.infer<typeof Fact>
export type FactInput = z.infer<typeof FactInput>
export type Company = z.infer<typeof Company>
export type Article = z.infer<typeof Article>
export type ArticleMeta = z.infer<typeof ArticleMeta>
export type Dataset = z.infer<typeof Dataset>
