import { ATTRIBUTION_CUES, termsOf } from '../../src/domain/claim-vocabulary.ts'
import type { Company, QuotedFact } from '../../src/domain/schema.ts'

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * A fact id in the dataset's style, unique among `taken`: the words a fact of the same metric starts its id
 * with ("share" of "share-aws-2023-q4"), else the metric's name, then the company and the period.
 */
export function factId(
  metric: string,
  company: string,
  period: string | null,
  taken: Set<string>,
  facts: readonly Pick<QuotedFact, 'id' | 'metric' | 'company' | 'period'>[] = [],
): string {
  const tail = (f: { company: string; period: { value: string | null } }) =>
    slug([f.company, f.period.value ?? ''].filter(Boolean).join('-'))
  const model = facts.find((f) => f.metric === metric && f.period.value && f.id.endsWith(`-${tail(f)}`))
  const head = model ? model.id.slice(0, -tail(model).length - 1) : slug(metric)
  const base = slug([head, company, period ?? ''].filter(Boolean).join('-'))
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

// Labels for metrics the dataset has no fact of yet; {company} is the company's name.
const LABELS: Record<string, string> = {
  market_share: '{company} share of cloud infrastructure market',
  revenue: '{company} revenue',
  profit: '{company} profits',
  spending: 'Enterprise spending on cloud infrastructure services',
  spending_growth: 'Growth in enterprise cloud infrastructure spending, year over year',
  layoffs: '{company} job cuts',
  headcount: '{company} headcount',
  investment: '{company} investment',
  workforce: '{company} workers',
  open_positions: '{company} open positions',
  pay_after_termination: 'Pay and benefits after termination',
  trend: 'Change at {company}',
  cause: 'A cause the article gives, at {company}',
  plan: '{company} plan',
}

// The terms of the words that say who says it ("Why AWS says …"): a label with one credits its fact's source.
const SPEECH = new Set(ATTRIBUTION_CUES.flatMap((c) => termsOf(c.cue)))
const creditsSomeone = (label: string) => termsOf(label).some((t) => SPEECH.has(t))

/**
 * A label in the dataset's words: a fact of the same metric names its company in its label ("AWS share of
 * cloud infrastructure market"), so the new company takes its place; else the metric's own pattern. A label
 * that says who says it ("Why AWS says it is cutting jobs") is a model only for a fact of the same `source`.
 */
export function factLabel(
  metric: string,
  company: string,
  companies: readonly Company[],
  facts: readonly QuotedFact[],
  source: string,
): string {
  const name = companies.find((c) => c.id === company)?.name ?? company
  for (const f of facts) {
    if (f.metric !== metric || (f.source !== source && creditsSomeone(f.label))) continue
    const own = companies.find((c) => c.id === f.company)?.name
    if (own && f.label.includes(own)) return f.label.replace(own, name)
  }
  return (LABELS[metric] ?? `{company} ${metric.replace(/_/g, ' ')}`).replace('{company}', name)
}

/** A claim id in the inventory's style: the article's number and a few words of the sentence. */
export function claimId(articleNumber: string, sentence: string, taken: Set<string>): string {
  const words = slug(sentence.replace(/[“”"‘’']/g, ''))
    .split('-')
    .filter((w) => w.length > 3)
    .slice(0, 3)
    .join('-')
  const base = `${articleNumber}-${words || 'sentence'}`
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}
