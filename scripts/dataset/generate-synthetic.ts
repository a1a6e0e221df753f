// Writes a synthetic data folder for the performance benchmark, shaped like data/ and passing the same build:
//   npx tsx scripts/dataset/generate-synthetic.ts <out-dir> [--scale 100]
// Scale 100 gives about 5,000 facts and 400 articles (the real data has 19 and 5). The output is a pure function
// of the scale: a seeded PRNG drives every choice, so two runs write identical files.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { stringify } from 'yaml'
import type { z } from 'zod'
import type { FactInput } from '../../src/features/dataset/schema.ts'
import type { ArticleManifestEntry } from './clean-article.ts'
import { buildFromDir, formatErrors } from './load-sources.ts'

type FactDraft = z.input<typeof FactInput>
type ManifestEntry = z.input<typeof ArticleManifestEntry>

export interface SyntheticCounts {
  facts: number
  citations: number
  articles: number
}

// Marks the folder as ours, so a second run may overwrite it but a mistyped path (say, data/) is never clobbered.
const FACTS_HEADER =
  '# Synthetic data for the performance benchmark, written by scripts/dataset/generate-synthetic.ts.\n'
const SEED = 20240403

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness

interface Random {
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
  sample<T>(items: readonly T[], count: number): T[]
  shuffle<T>(items: T[]): T[]
  hex(length: number): string
}

/** mulberry32: tiny, fast and good enough for test data; Math.random would make every run differ. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function createRandom(seed: number): Random {
  const next = mulberry32(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const shuffle = <T>(items: T[]) => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = int(0, i)
      ;[items[i], items[j]] = [items[j], items[i]]
    }
    return items
  }
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    chance: (p) => next() < p,
    sample: (items, count) => shuffle([...items]).slice(0, count),
    shuffle,
    hex: (length) => Array.from({ length }, () => int(0, 15).toString(16)).join(''),
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Dates and spellings

const DAY_MS = 86_400_000
const MONTHS = 'January February March April May June July August September October November December'.split(' ')
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ')
const ORDINALS = ['first', 'second', 'third', 'fourth']

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS
const dateOf = (day: number) => new Date(Math.floor(day) * DAY_MS)
const isoDay = (day: number) => dateOf(day).toISOString().slice(0, 10)
const isoMonth = (day: number) => isoDay(day).slice(0, 7)
const monthWords = (day: number) => `${MONTHS[dateOf(day).getUTCMonth()]} ${dateOf(day).getUTCFullYear()}`
const weekday = (day: number) => WEEKDAYS[dateOf(day).getUTCDay()]

// The same renderings value-in-quote.ts accepts; the build checks every quote, so a drift here fails loudly.
const plain = (n: number) => String(Number(n.toFixed(6)))
const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 })

function spellPercent(rng: Random, amount: number): string {
  return rng.pick([`${plain(amount)}%`, `${plain(amount)}%`, `${plain(amount)} percent`, `${plain(amount)} per cent`])
}

function spellUsd(rng: Random, amount: number): string {
  if (amount >= 1e9) return rng.pick([`$${plain(amount / 1e9)} billion`, `$${plain(amount / 1e9)}bn`])
  if (amount >= 1e6) return rng.pick([`$${plain(amount / 1e6)} million`, `$${plain(amount / 1e6)}m`])
  return `$${grouped(amount)}`
}

// Articles mostly group thousands ("27,000"); now and then one writes the bare number.
const spellCount = (rng: Random, amount: number) => (rng.chance(0.9) ? grouped(amount) : plain(amount))

// ---------------------------------------------------------------------------------------------------------------
// Word banks. Names are invented apart from the three real providers the dashboard's charts expect; a few carry
// commas and double quotes so the CSV export has to quote them.

const BIG_THREE = [
  { id: 'aws', name: 'AWS' },
  { id: 'azure', name: 'Microsoft Azure' },
  { id: 'google-cloud', name: 'Google Cloud' },
]
const SMALL_PROVIDER_NAMES = [
  'Nimbus Systems',
  'Cumulo, Inc.',
  '"Stratus" Cloud',
  'Altocloud',
  'Cirrus Data Services',
  'Helio Compute',
  'Orbital Hosting, Ltd.',
  'Vapor Networks',
  'Zephyr "Z" Cloud',
]
const PROVIDERS = [
  ...BIG_THREE,
  ...SMALL_PROVIDER_NAMES.map((name, i) => ({ id: `provider-${String(i + 1).padStart(2, '0')}`, name })),
]
const COMPANIES = [
  ...PROVIDERS,
  { id: 'others', name: 'Other providers' },
  { id: 'amazon', name: 'Amazon' },
  { id: 'market', name: 'Whole market' },
]
const nameOf = (id: string) => COMPANIES.find((c) => c.id === id)!.name

const ANALYSTS = ['Stratify Research', 'Northgate Analytics', 'Cloudmetrics Group', 'Kestrel Market Intelligence']
const PUBLISHERS = ['Computer Weekly', 'Quartz', 'Converge360', 'Cloud Ledger', 'Datacenter Daily', 'Infra Weekly']
const BUSINESS_UNITS = [
  'Sales, Marketing and Global Services',
  'Physical Stores Technology',
  'Twitch',
  'Advertising',
  'Devices and Services',
  'Training and Certification',
  'People Experience and Technology',
  'Film and television studios',
  'Data centre operations',
  'Partner programmes',
  'Developer relations',
]
const LOCATIONS = ['Seattle', 'Seattle, Washington', 'Dublin', 'Bangalore', 'Austin, Texas', 'Vancouver', 'London']
const EXECUTIVES = [
  { name: 'Dana Whitfield', role: 'CEO' },
  { name: 'Marcus Oyelaran', role: 'senior vice-president' },
  { name: 'Priya Raman', role: 'chief operating officer' },
  { name: 'Tomas Lindqvist', role: 'head of global sales' },
  { name: 'Harriet Cole', role: 'CEO' },
]
const STARTUPS = ['Lumen AI', 'Parallax Labs', 'Meridian Models', 'Tessellate', 'Quill Robotics', 'Brightwater AI']
const PROJECTS = ['Nova', 'Blue Harbor', 'Kestrel', 'Just Walk Out', 'Lighthouse', 'Atlas']
const REVIEW_PLACES = ['India', 'Costa Rica', 'the Philippines', 'Poland', 'Kenya']
interface TitleSubject {
  company: string
  year: number
}

const FILLER = [
  (c: string) => `${c} did not respond to a request for comment.`,
  (c: string) => `Analysts said ${c} faces stiffer competition for enterprise workloads than at any time before.`,
  () => 'Customers have spent the past year looking for ways to trim their cloud bills.',
  () => 'The company said the changes would let it focus on the areas with the greatest impact for customers.',
  (c: string) => `Executives at ${c} have repeatedly described generative AI as the next big driver of demand.`,
  () => 'Affected employees will be offered help in finding other roles inside the company.',
  () => 'Rivals have been adding data centre capacity at a rapid pace, particularly in Europe and Asia.',
  (c: string) => `A spokesperson for ${c} said the business remains committed to long-term growth.`,
  () => 'Industry watchers expect the pace of consolidation among smaller providers to pick up.',
  () => 'The figures come as companies weigh the cost of running AI models against their expected returns.',
  (c: string) => `Former staff at ${c} described the mood inside the company as cautious.`,
  () => 'Several large customers are said to be moving workloads back to their own data centres.',
]
const TITLES = [
  ({ company }: TitleSubject) => `${company} cuts jobs as customers trim cloud spending`,
  ({ company }: TitleSubject) => `Cloud market update: ${company} gains ground on its rivals`,
  ({ year }: TitleSubject) => `Who is winning the cloud infrastructure race in ${year}?`,
  ({ company }: TitleSubject) => `"We remain committed to growth," says ${company}`,
  ({ company }: TitleSubject) => `${company}, its rivals and the race for AI workloads`,
  ({ company }: TitleSubject) => `${company} reshuffles teams in a push for efficiency`,
  ({ year }: TitleSubject) => `Cloud spending in ${year}: the numbers behind the headlines`,
]

// ---------------------------------------------------------------------------------------------------------------
// Articles and citations

interface ArticleDraft {
  id: string
  day: number
  entry: ManifestEntry
  sentences: string[]
}

interface Statement {
  sentence: string
  quote: string
}

interface Context {
  rng: Random
  articles: ArticleDraft[]
  /** How many consecutive articles count as "soon after" a figure: about four months' worth. */
  window: number
  facts: FactDraft[]
}

// From the first quarter's results to a couple of months after the last dated event, so every figure has articles after it.
const ARTICLES_FROM = dayOf('2014-04-01')
const ARTICLES_TO = dayOf('2024-12-31')

/** A fact with no citations yet: `cite` adds them as articles state it. */
const newFact = (fields: Omit<FactDraft, 'citations'>): FactDraft => ({ ...fields, citations: [] })

const whole = (sentence: string): Statement => ({ sentence, quote: sentence })
const part = (before: string, quote: string, after: string): Statement => ({ sentence: before + quote + after, quote })

function articleEntry(rng: Random, id: string, day: number): ManifestEntry {
  const company = rng.pick(COMPANIES.filter((c) => c.id !== 'others' && c.id !== 'market')).name
  const title = rng.chance(0.9) ? rng.pick(TITLES)({ company, year: dateOf(day).getUTCFullYear() }) : null
  const publisher = rng.chance(0.7) ? rng.pick(PUBLISHERS) : null
  const inferred = rng.chance(0.6)
  const basis = inferred
    ? `“${weekday(day)}” in the text, read against the quarter it reports; that ${weekday(day)} fell on ${isoDay(day)}.`
    : 'The date printed under the headline.'
  return {
    id,
    title,
    publisher,
    ...(publisher ? { publisherEvidence: `In a statement shared with ${publisher}` } : {}),
    author: null,
    date: { value: isoDay(day), inferred, basis },
    removeLines: [],
  }
}

// Evenly spread over ten years with a little jitter, so articles stay in date order and cover every quarter.
function createArticles(rng: Random, count: number): ArticleDraft[] {
  const step = (ARTICLES_TO - ARTICLES_FROM) / count
  const digits = Math.max(3, String(count - 1).length)
  return Array.from({ length: count }, (_, i) => {
    const day = Math.floor(ARTICLES_FROM + (i + rng.next() * 0.8) * step)
    const id = `${String(i).padStart(digits, '0')}_${rng.hex(16)}`
    return { id, day, entry: articleEntry(rng, id, day), sentences: [] }
  })
}

// Articles report a figure in the weeks after it, so the citing articles come from the few that follow its date.
function nearbyArticles(ctx: Context, day: number, count: number): ArticleDraft[] {
  const { articles, rng } = ctx
  const first = articles.findIndex((a) => a.day >= day)
  // Reach back to earlier articles only when too few come after the figure (tiny scales).
  const start = Math.max(0, Math.min(first === -1 ? articles.length : first, articles.length - count))
  return rng.sample(articles.slice(start, start + Math.max(count, ctx.window)), count)
}

/** Has 1–3 articles near `day` state the facts, each in its own words; every fact cites each of those quotes. */
function cite(ctx: Context, facts: FactDraft[], day: number, say: () => Statement): void {
  for (const article of nearbyArticles(ctx, day, ctx.rng.int(1, 3))) {
    const { sentence, quote } = say()
    article.sentences.push(sentence)
    for (const fact of facts) fact.citations.push({ article: article.id, quote })
  }
}

function fillerSentence(rng: Random): string {
  return rng.pick(FILLER)(rng.pick(PROVIDERS).name)
}

/** A title line, a blank line, then paragraphs of three to five sentences with the quotes among filler. */
function articleText(rng: Random, article: ArticleDraft): string {
  const { title, publisher } = article.entry
  const evidence = publisher
    ? [`In a statement shared with ${publisher}, a spokesperson declined to comment further.`]
    : []
  const fillerCount = Math.max(4, Math.round(article.sentences.length * 0.6))
  const filler = Array.from({ length: fillerCount }, () => fillerSentence(rng))
  const sentences = rng.shuffle([...article.sentences, ...filler, ...evidence])
  const paragraphs: string[] = []
  while (sentences.length) paragraphs.push(sentences.splice(0, rng.int(3, 5)).join(' '))
  return [...(title ? [title, ''] : []), paragraphs.join('\n\n'), ''].join('\n')
}

// ---------------------------------------------------------------------------------------------------------------
// Quarterly market figures: shares, AWS results, market spending

interface QuarterFigures {
  key: string
  words: string
  /** When results for the quarter come out: a few weeks after it ends. */
  reportDay: number
  /** Per provider, in PROVIDERS order; tenths of a percent, summing to well under 100. */
  shares: number[]
  revenue: number
  profit: number
  spending: number
  growth: number
}

const roundTo = (n: number, step: number) => Math.round(n / step) * step
const tenths = (n: number) => Math.round(n * 10) / 10
const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n))

function quarterShares(rng: Random, progress: number, small: number[]): number[] {
  const big = [33 - 2 * progress, 10 + 14 * progress, 5 + 6 * progress].map((s) => tenths(s + (rng.next() - 0.5) * 0.8))
  for (let i = 0; i < small.length; i++) small[i] = clamp(small[i] + (rng.next() - 0.5) * 0.4, 0.2, 3)
  return [...big, ...small.map(tenths)]
}

// Twelve named shares (at most ~35 + 25 + 12 + 9 × 3) always leave a positive remainder for "others".
function marketSeries(rng: Random, quarters: number): QuarterFigures[] {
  const small = SMALL_PROVIDER_NAMES.map(() => 0.4 + rng.next() * 2.4)
  const series: QuarterFigures[] = []
  for (let q = 0; q < quarters; q++) {
    const year = 2014 + Math.floor(q / 4)
    const n = (q % 4) + 1
    const progress = Math.min(1, q / 39)
    const revenue = Math.round((1.1 * Math.pow(24.2 / 1.1, progress) + (rng.next() - 0.5) * 0.3) * 10) * 1e8
    const rawProfit = revenue * (0.12 + rng.next() * 0.2)
    const spending = Math.round((12 * Math.pow(74 / 12, progress) + (rng.next() - 0.5)) * 10) * 1e8
    const yearAgo = series[q - 4]?.spending
    series.push({
      key: `${year}-Q${n}`,
      words: rng.chance(0.5) ? `the ${ORDINALS[n - 1]} quarter of ${year}` : `Q${n} ${year}`,
      reportDay:
        dayOf(`${year + Math.floor(n / 4)}-${String(((n * 3) % 12) + 1).padStart(2, '0')}-01`) + rng.int(20, 40),
      shares: quarterShares(rng, progress, small),
      revenue,
      profit: roundTo(rawProfit, rawProfit >= 1e9 ? 1e8 : 1e7),
      spending,
      growth: yearAgo ? Math.max(1, Math.round((spending / yearAgo - 1) * 100)) : rng.int(25, 45),
    })
  }
  return series
}

const SHARE_LABELS = [
  (c: string) => `${c} share of cloud infrastructure market`,
  (c: string) => `${c}'s slice of worldwide cloud infrastructure spending`,
  (c: string) => `Cloud infrastructure market share, ${c}`,
  (c: string) => `${c} share of the "big cloud" market`,
]

function shareFact(q: QuarterFigures, providerIndex: number, label: string, source: string): FactDraft {
  const provider = PROVIDERS[providerIndex]
  return newFact({
    id: `share-${provider.id}-${q.key.toLowerCase()}`,
    label,
    metric: 'market_share',
    company: provider.id,
    period: { value: q.key },
    value: { kind: 'stated', amount: q.shares[providerIndex], unit: 'percent' },
    source,
  })
}

function sayShare(rng: Random, q: QuarterFigures, name: string, amount: number, source: string): Statement {
  const pct = spellPercent(rng, amount)
  return rng.pick([
    () =>
      whole(
        `${name}’s share of the cloud infrastructure market stood at ${pct} in ${q.words}, according to ${source}.`,
      ),
    () => whole(`${source} put ${name} at ${pct} of worldwide cloud infrastructure spending in ${q.words}.`),
    () =>
      part('Figures for the period show that ', `${name} held ${pct} of the market in ${q.words}`, ', little changed.'),
  ])()
}

function saySharePair(rng: Random, q: QuarterFigures, names: string[], amounts: number[]): Statement {
  const [a, b] = amounts.map((x) => spellPercent(rng, x))
  return whole(`Both ${names[0]} and ${names[1]} ended ${q.words} with market shares of ${a} and ${b}, respectively.`)
}

// Shares are cited alone or, as articles often do, two to a sentence.
function citeShares(ctx: Context, q: QuarterFigures, facts: FactDraft[], source: string): void {
  const order = ctx.rng.shuffle(facts.map((_, i) => i))
  while (order.length) {
    const group = order.splice(0, order.length > 1 && ctx.rng.chance(0.3) ? 2 : 1)
    const names = group.map((i) => PROVIDERS[i].name)
    const amounts = group.map((i) => q.shares[i])
    cite(
      ctx,
      group.map((i) => facts[i]),
      q.reportDay,
      () =>
        group.length === 2
          ? saySharePair(ctx.rng, q, names, amounts)
          : sayShare(ctx.rng, q, names[0], amounts[0], source),
    )
  }
}

function othersFact(q: QuarterFigures, shares: FactDraft[]): FactDraft {
  // Subtracted in formula order, as the build's evaluator does, so the rounding matches exactly.
  const rest = q.shares.reduce((left, share) => left - share, 100)
  return newFact({
    id: `share-others-${q.key.toLowerCase()}`,
    label: "Other providers' share of cloud infrastructure market",
    metric: 'market_share',
    company: 'others',
    period: { value: q.key },
    value: {
      kind: 'derived',
      amount: Number(rest.toFixed(1)),
      unit: 'percent',
      formula: ['100', ...shares.map((f) => `{${f.id}}`)].join(' - '),
      decimals: 1,
    },
    source: 'Derived from the named providers’ shares',
    note: 'What the named shares leave of the whole market.',
  })
}

function addShareFacts(ctx: Context, q: QuarterFigures, labels: ((c: string) => string)[]): void {
  const source = ctx.rng.pick(ANALYSTS)
  const shares = PROVIDERS.map((p, i) => shareFact(q, i, labels[i](p.name), source))
  citeShares(ctx, q, shares, source)
  ctx.facts.push(...shares, othersFact(q, shares))
}

function addAwsResults(ctx: Context, q: QuarterFigures): void {
  const { rng } = ctx
  const k = q.key.toLowerCase()
  const results = (metric: 'revenue' | 'operating_profit', label: string, amount: number) =>
    newFact({
      id: `aws-${metric.replace('_', '-')}-${k}`,
      label,
      metric,
      company: 'aws',
      period: { value: q.key },
      value: { kind: 'stated', amount, unit: 'USD' },
      source: 'Amazon’s quarterly results',
    })
  const revenue = results('revenue', 'AWS revenue', q.revenue)
  const profit = results('operating_profit', 'AWS operating profit', q.profit)
  const sayBoth = () =>
    whole(
      `The cloud division reported profits of ${spellUsd(rng, q.profit)} on revenue of ${spellUsd(rng, q.revenue)} in ${q.words}.`,
    )
  if (rng.chance(0.6)) cite(ctx, [revenue, profit], q.reportDay, sayBoth)
  else {
    cite(ctx, [revenue], q.reportDay, () => whole(`AWS revenue reached ${spellUsd(rng, q.revenue)} in ${q.words}.`))
    cite(ctx, [profit], q.reportDay, () =>
      part(
        'Amazon said ',
        `AWS operating profit was ${spellUsd(rng, q.profit)} for ${q.words}`,
        ', ahead of forecasts.',
      ),
    )
  }
  const margin = newFact({
    id: `aws-operating-margin-${k}`,
    label: 'AWS operating margin',
    metric: 'operating_margin',
    company: 'aws',
    period: { value: q.key },
    value: {
      kind: 'derived',
      amount: Number(((q.profit / q.revenue) * 100).toFixed(1)),
      unit: 'percent',
      formula: `{${profit.id}} / {${revenue.id}} * 100`,
      decimals: 1,
    },
    source: 'Derived from Amazon’s quarterly results',
  })
  ctx.facts.push(revenue, profit, margin)
}

function addMarketSpending(ctx: Context, q: QuarterFigures): void {
  const { rng } = ctx
  const k = q.key.toLowerCase()
  const source = 'Not named; the same paragraph cites an analyst firm'
  const spending = newFact({
    id: `spending-${k}`,
    label: 'Enterprise spending on cloud infrastructure services',
    metric: 'spending',
    company: 'market',
    period: { value: q.key },
    value: { kind: 'stated', amount: q.spending, unit: 'USD' },
    source,
  })
  const growth = newFact({
    id: `spending-growth-${k}`,
    label: 'Growth in enterprise cloud infrastructure spending, year over year',
    metric: 'spending_growth',
    company: 'market',
    period: { value: q.key },
    value: { kind: 'stated', amount: q.growth, unit: 'percent' },
    source,
  })
  const say = () =>
    part(
      'The market kept growing, with ',
      `total enterprise spending on cloud infrastructure services reaching ${spellUsd(rng, q.spending)} in ${q.words}, up ${spellPercent(rng, q.growth)} year-over-year`,
      '.',
    )
  cite(ctx, [spending, growth], q.reportDay, say)
  ctx.facts.push(spending, growth)
}

// ---------------------------------------------------------------------------------------------------------------
// Layoff waves: one stated wave, a stated two-wave total, the derived other wave, a vague and an unknown one

const VAGUE_LAYOFFS = [
  {
    words: ['several hundred', 'hundreds'],
    min: 200,
    max: 999,
    literally: 'at least two hundred and fewer than a thousand',
  },
  {
    words: ['a few thousand', 'thousands'],
    min: 2000,
    max: 9999,
    literally: 'at least two thousand and fewer than ten thousand',
  },
  { words: ['dozens'], min: 24, max: 99, literally: 'at least two dozen and fewer than a hundred' },
]
const UNKNOWN_LAYOFFS = [
  {
    words: 'significant layoffs',
    say: (c: string, unit: string, month: string) =>
      `In ${month}, ${c} announced significant layoffs across its ${unit} division as part of broader cost-cutting measures.`,
  },
  {
    words: 'an undisclosed number',
    say: (c: string, unit: string) =>
      `${c} is cutting an undisclosed number of roles in ${unit}, a spokesperson confirmed.`,
  },
  {
    words: 'job cuts',
    say: (c: string, unit: string, month: string) =>
      `Staff in ${unit} at ${c} were told of job cuts at a meeting in ${month}.`,
  },
]

// The layoffs chart is about Amazon, so most waves are Amazon's or AWS's; the rest spread over the other providers.
const pickEmployer = (rng: Random) => (rng.chance(0.6) ? rng.pick(['amazon', 'aws']) : rng.pick(PROVIDERS.slice(1)).id)
const randomDay = (rng: Random, from: string, to: string) => rng.int(dayOf(from), dayOf(to))
// "hundreds of jobs" but "several hundred jobs"
const countOf = (words: string, noun: string) => (words.endsWith('s') ? `${words} of ${noun}` : `${words} ${noun}`)

function addLayoffWaves(ctx: Context, n: number): void {
  const { rng } = ctx
  const company = pickEmployer(rng)
  const name = nameOf(company)
  const anchor = randomDay(rng, '2014-04-01', '2023-12-31')
  const exec = rng.pick(EXECUTIVES)
  const units = rng.sample(BUSINESS_UNITS, rng.int(1, 3))
  const wave = roundTo(rng.int(100, 12000), 50)
  const total = wave + roundTo(rng.int(500, 15000), 50)
  const prefix = `layoffs-${company}-${String(n).padStart(4, '0')}`
  const announcedBy = `${exec.name}, ${name} ${exec.role}, by email to staff`

  const stated = newFact({
    id: `${prefix}-announced`,
    label: `${name} job cuts announced by ${exec.name}`,
    metric: 'layoffs',
    company,
    period: { value: isoMonth(anchor) },
    value: { kind: 'stated', amount: wave, unit: 'people' },
    source: `${exec.name}'s email to staff`,
    layoff: {
      units,
      location: null,
      announcedBy,
      eventDate: {
        value: isoMonth(anchor),
        inferred: false,
        basis: `“In ${MONTHS[dateOf(anchor).getUTCMonth()]}”, in the reports`,
      },
    },
  })
  // Some articles put a no-break space between title and name, as the real ones do.
  const space = rng.chance(0.2) ? '\u00a0' : ' '
  cite(ctx, [stated], anchor, () =>
    whole(
      `${name} ${exec.role}${space}${exec.name} emailed staff to confirm ${spellCount(rng, wave)} jobs would be lost across ${units.join(', ')}.`,
    ),
  )

  const twoWaves = newFact({
    id: `${prefix}-two-waves`,
    label: `${name} job cuts in two earlier waves`,
    metric: 'layoffs',
    company,
    period: { value: null, words: rng.pick(['in prior years', 'over the past two years', 'in earlier years']) },
    value: { kind: 'stated', amount: total, unit: 'people' },
    source: 'Not named in the article',
    layoff: { units: [name], location: null, announcedBy: null, eventDate: null },
  })
  cite(ctx, [twoWaves], anchor + 60, () =>
    part(
      `${name} itself was affected by `,
      `${name}’s larger reduction of ${spellCount(rng, total)} jobs in two major waves of layoffs`,
      '.',
    ),
  )

  const otherWave = newFact({
    id: `${prefix}-other-wave`,
    label: `${name}'s other earlier wave of job cuts`,
    metric: 'layoffs',
    company,
    period: { ...twoWaves.period },
    value: { kind: 'derived', amount: total - wave, unit: 'people', formula: `{${twoWaves.id}} - {${stated.id}}` },
    source: `Derived from ${name}'s figures`,
    note: `Assumes the cuts announced by ${exec.name} are one of the two waves; the articles do not date the other.`,
    layoff: { units: [], location: null, announcedBy: null, eventDate: null },
  })

  ctx.facts.push(
    stated,
    twoWaves,
    otherWave,
    vagueWave(ctx, prefix, company, anchor),
    unknownWave(ctx, prefix, company, anchor),
  )
}

function vagueWave(ctx: Context, prefix: string, company: string, anchor: number): FactDraft {
  const { rng } = ctx
  const name = nameOf(company)
  const day = anchor + rng.int(30, 300)
  const vague = rng.pick(VAGUE_LAYOFFS)
  const unit = rng.pick(BUSINESS_UNITS)
  const project = rng.pick(PROJECTS)
  const exec = rng.pick(EXECUTIVES)
  const fact = newFact({
    id: `${prefix}-vague`,
    label: rng.chance(0.3) ? `${name} cuts in the "${project}" team, ${unit}` : `${name} job cuts in ${unit}`,
    metric: 'layoffs',
    company,
    period: { value: isoDay(day), inferred: true },
    value: {
      kind: 'vague',
      unit: 'people',
      words: vague.words,
      range: { min: vague.min, max: vague.max, basis: `“${vague.words.at(-1)}” read literally, ${vague.literally}` },
    },
    source: `Internal email from ${exec.name}, reported by ${rng.pick(PUBLISHERS)}`,
    layoff: {
      units: [unit],
      location: rng.pick(LOCATIONS),
      announcedBy: `${exec.name}, ${exec.role}, by internal email`,
      eventDate: {
        value: isoDay(day),
        inferred: true,
        basis: `“via email on ${weekday(day)}”; that ${weekday(day)} was ${isoDay(day)}`,
      },
    },
  })
  cite(ctx, [fact], day, () => {
    const words = rng.pick(vague.words)
    return rng.pick([
      () =>
        whole(
          `The cutbacks include ${countOf(words, 'jobs')}, with a focus on ${unit.toLowerCase()} and some program management roles.`,
        ),
      () => whole(`${name} is reportedly slashing ${countOf(words, 'jobs')} from its ${unit} team.`),
      () =>
        part(
          'Reports say ',
          `${name} has made another round of cuts, with ${countOf(words, 'staff')} understood to be affected`,
          '.',
        ),
    ])()
  })
  return fact
}

function unknownWave(ctx: Context, prefix: string, company: string, anchor: number): FactDraft {
  const { rng } = ctx
  const name = nameOf(company)
  const day = anchor + rng.int(30, 300)
  const unknown = rng.pick(UNKNOWN_LAYOFFS)
  const units = rng.sample(BUSINESS_UNITS, 2)
  const fact = newFact({
    id: `${prefix}-unknown`,
    label: `${name} ${units[0]} and ${units[1]} job cuts`,
    metric: 'layoffs',
    company,
    period: { value: isoMonth(day) },
    value: { kind: 'unknown', unit: 'people', words: unknown.words },
    source: name,
    layoff: {
      units,
      location: rng.chance(0.5) ? rng.pick(LOCATIONS) : null,
      announcedBy: name,
      eventDate: {
        value: isoMonth(day),
        inferred: false,
        basis: `“In ${MONTHS[dateOf(day).getUTCMonth()]}”, in the reports`,
      },
    },
  })
  cite(ctx, [fact], day, () => whole(unknown.say(name, rng.pick(units), monthWords(day))))
  return fact
}

// ---------------------------------------------------------------------------------------------------------------
// Key figures: headcount (approximate), an investment (stated), reviewers and severance (bounds), open positions

function addKeyFigures(ctx: Context, n: number): void {
  const { rng } = ctx
  const company = pickEmployer(rng)
  const name = nameOf(company)
  const day = randomDay(rng, '2014-04-01', '2024-06-30')
  const prefix = `${company}-${String(n).padStart(4, '0')}`
  ctx.facts.push(
    headcount(ctx, prefix, company, name, day),
    investment(ctx, prefix, company, name, day + rng.int(0, 90)),
    reviewers(ctx, prefix, company, name, day + rng.int(0, 90)),
    severance(ctx, prefix, company, name, day + rng.int(0, 90)),
    openPositions(ctx, prefix, company, name, day + rng.int(0, 90)),
  )
}

function headcount(ctx: Context, prefix: string, company: string, name: string, day: number): FactDraft {
  const { rng } = ctx
  const words = rng.pick(['around', 'about', 'roughly', 'some', 'nearly'])
  const amount = roundTo(rng.int(5000, 120000), 1000)
  const fact = newFact({
    id: `${prefix}-headcount`,
    label: `${name} headcount`,
    metric: 'headcount',
    company,
    period: { value: isoMonth(day) },
    value: { kind: 'approximate', amount, unit: 'people', words },
    source: rng.pick(ANALYSTS),
  })
  cite(ctx, [fact], day, () =>
    rng.pick([
      () => whole(`At that time, ${name} headcount was ${words} ${spellCount(rng, amount)} people.`),
      () =>
        part(
          'According to people familiar with the matter, ',
          `${name} employed ${words} ${spellCount(rng, amount)} staff`,
          ' at the time.',
        ),
    ])(),
  )
  return fact
}

function investment(ctx: Context, prefix: string, company: string, name: string, day: number): FactDraft {
  const { rng } = ctx
  const startup = rng.pick(STARTUPS)
  const amount = rng.chance(0.5) ? rng.int(1, 8) * 1e9 : rng.int(2, 9) * 1e8
  const fact = newFact({
    id: `${prefix}-investment`,
    label: rng.chance(0.3) ? `${name} stake in "${startup}", the AI startup` : `${name} investment in ${startup}`,
    metric: 'investment',
    company,
    period: rng.chance(0.5) ? { value: null, words: 'recently' } : { value: isoMonth(day), inferred: true },
    value: { kind: 'stated', amount, unit: 'USD' },
    source: 'Not named in the articles',
  })
  cite(ctx, [fact], day, () =>
    rng.pick([
      () =>
        whole(`${name} recently made headlines with a ${spellUsd(rng, amount)} investment in AI startup ${startup}.`),
      () => part('It pointed to ', `its decision to take a ${spellUsd(rng, amount)} minority stake in ${startup}`, '.'),
    ])(),
  )
  return fact
}

function reviewers(ctx: Context, prefix: string, company: string, name: string, day: number): FactDraft {
  const { rng } = ctx
  const words = rng.pick(['over', 'more than', 'at least'])
  const place = rng.pick(REVIEW_PLACES)
  const project = rng.pick(PROJECTS)
  const amount = roundTo(rng.int(200, 5000), 50)
  const fact = newFact({
    id: `${prefix}-reviewers`,
    label: `Workers in ${place} reviewing ${project} videos for ${name}`,
    metric: 'workforce',
    company,
    period: { value: null, words: 'while the technology ran' },
    value: { kind: 'bound', amount, unit: 'people', words },
    source: 'Not named in the article',
  })
  cite(ctx, [fact], day, () =>
    whole(
      `The ${project} system relied on ${words} ${spellCount(rng, amount)} workers in ${place} who watched and labeled videos to check for accuracy.`,
    ),
  )
  return fact
}

function severance(ctx: Context, prefix: string, company: string, name: string, day: number): FactDraft {
  const { rng } = ctx
  const amount = rng.pick([30, 45, 60, 90])
  const fact = newFact({
    id: `${prefix}-severance`,
    label: `Pay and benefits after termination, ${name}`,
    metric: 'severance',
    company,
    period: { value: isoMonth(day), inferred: true },
    value: { kind: 'bound', amount, unit: 'days', words: 'at least' },
    source: name,
  })
  cite(ctx, [fact], day, () =>
    whole(`${name} has pledged to provide pay and benefits for at least ${amount} days following their termination.`),
  )
  return fact
}

function openPositions(ctx: Context, prefix: string, company: string, name: string, day: number): FactDraft {
  const { rng } = ctx
  const words = rng.pick(['thousands', 'hundreds'])
  const fact = newFact({
    id: `${prefix}-open-positions`,
    label: `${name} open positions`,
    metric: 'open_positions',
    company,
    period: { value: isoMonth(day), inferred: true },
    value: { kind: 'vague', unit: 'positions', words: [words] },
    source: name,
  })
  cite(ctx, [fact], day, () =>
    whole(
      `${name} said it will continue to hire and grow in other areas of its business, with ${words} of open positions available.`,
    ),
  )
  return fact
}

// ---------------------------------------------------------------------------------------------------------------
// Plan and output

/** How big each part is: scale 100 is 40 quarters (2014-Q1 to 2023-Q4) and about 5,000 facts in 400 articles. */
export function syntheticPlan(scale: number) {
  const quarters = Math.max(1, Math.round(0.4 * scale))
  // Each quarter has 18 facts (12 shares, others, 3 AWS results, 2 spending); each group 5 layoff and 5 key figures.
  const groups = Math.max(1, Math.round((50 * scale - 18 * quarters) / 10))
  return { quarters, groups, articles: 4 * scale, facts: 18 * quarters + 10 * groups }
}

function generateData(scale: number) {
  const plan = syntheticPlan(scale)
  const rng = createRandom(SEED)
  const articles = createArticles(rng, plan.articles)
  const window = Math.round((articles.length * 120) / (ARTICLES_TO - ARTICLES_FROM))
  const ctx: Context = { rng, articles, window, facts: [] }
  const shareLabels = PROVIDERS.map(() => rng.pick(SHARE_LABELS))
  for (const q of marketSeries(rng, plan.quarters)) {
    addShareFacts(ctx, q, shareLabels)
    addAwsResults(ctx, q)
    addMarketSpending(ctx, q)
  }
  for (let n = 1; n <= plan.groups; n++) {
    addLayoffWaves(ctx, n)
    addKeyFigures(ctx, n)
  }
  const texts = articles.map((a) => [a.id, articleText(rng, a)] as const)
  return { facts: ctx.facts, manifest: articles.map((a) => a.entry), texts }
}

function assertWritable(outDir: string): void {
  if (!existsSync(outDir) || readdirSync(outDir).length === 0) return
  const factsFile = join(outDir, 'facts.yaml')
  if (existsSync(factsFile) && readFileSync(factsFile, 'utf8').startsWith(FACTS_HEADER)) return
  throw new Error(`${outDir} is not empty and was not written by generate-synthetic; refusing to overwrite it`)
}

/** Writes facts.yaml, sources/articles.yaml and sources/raw/<id>.txt into outDir, replacing an earlier run's files. */
export function generateSynthetic(outDir: string, scale = 100): SyntheticCounts {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number of at least 1, not ${scale}`)
  assertWritable(outDir)
  const { facts, manifest, texts } = generateData(scale)
  const rawDir = join(outDir, 'sources', 'raw')
  // Raw files left by a bigger run would have no manifest entry, which the build rejects.
  rmSync(rawDir, { recursive: true, force: true })
  mkdirSync(rawDir, { recursive: true })
  // Shared objects (a vague value's word list) would otherwise become YAML aliases, past the parser's alias limit.
  const yamlOptions = { lineWidth: 0, aliasDuplicateObjects: false }
  writeFileSync(join(outDir, 'facts.yaml'), FACTS_HEADER + stringify({ companies: COMPANIES, facts }, yamlOptions))
  writeFileSync(join(outDir, 'sources', 'articles.yaml'), stringify(manifest, yamlOptions))
  for (const [id, text] of texts) writeFileSync(join(rawDir, `${id}.txt`), text)
  const citations = facts.reduce((sum, f) => sum + f.citations.length, 0)
  return { facts: facts.length, citations, articles: manifest.length }
}

function parseCli(argv: string[]): { outDir: string; scale: number } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { scale: { type: 'string' } },
    allowPositionals: true,
  })
  if (positionals.length !== 1) throw new Error('usage: generate-synthetic.ts <out-dir> [--scale 100]')
  return { outDir: resolve(positionals[0]), scale: Number(values.scale ?? 100) }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

function main(): void {
  const { outDir, scale } = parseCli(process.argv.slice(2))
  const started = performance.now()
  generateSynthetic(outDir, scale)
  const generated = performance.now()
  // Build it straight away: the summary reports what the app would load, and a bad generator fails here.
  const result = buildFromDir(outDir)
  const built = performance.now()
  if (!result.ok) {
    console.error(formatErrors(result.errors))
    process.exit(1)
  }
  const { facts, articles } = result.dataset
  const citations = facts.reduce((sum, f) => sum + f.citations.length, 0)
  const bytes = Buffer.byteLength(JSON.stringify(result.dataset))
  console.log(
    `${outDir}: ${facts.length} facts, ${citations} citations, ${articles.length} articles; dataset JSON ${bytes} bytes ` +
      `(generated in ${seconds(generated - started)}, built in ${seconds(built - generated)})`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()
