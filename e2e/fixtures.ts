import { expect, type Locator, type Page } from '@playwright/test'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import { formatPeriod, formatValue } from '../src/domain/format-fact.ts'
import type { FactValue } from '../src/domain/schema.ts'

/*
 * What the tests expect is read from the dataset's sources (data/facts.yaml,
 * data/sources/), never from the app, so a test fails when the page and the
 * data disagree; and never typed in, so an article added to data/ breaks only
 * the tests about it. Chart words are read from each chart's definition.
 * DATASET_DIR names another data folder, as it does for the build: the one the page under test was built from.
 */

const dataDir = process.env.DATASET_DIR
  ? resolve(process.env.DATASET_DIR)
  : new URL('../data', import.meta.url).pathname
const dataFile = (path: string, dir = dataDir) => readFileSync(`${dir}/${path}`, 'utf8')

export interface YamlFact {
  id: string
  label: string
  metric: string
  company: string
  period: { value: string | null; inferred?: boolean; yearInferred?: boolean; words?: string }
  value: {
    kind: 'stated' | 'approximate' | 'bound' | 'vague' | 'unknown' | 'derived' | 'derived-range' | 'qualitative'
    amount?: number
    unit?: string
    words?: string | string[]
    range?: { min: number; max: number; basis: string }
    formula?: string
    claim?: string
  }
  source: string
  /** How the article names the value, where not by the company's name ("Amazon’s market share"). */
  namedAs?: string
  /** `role` absent: the quote states the value. */
  citations: { article: string; quote: string; role?: 'value' | 'date' | 'attribution' | 'detail'; mark?: string }[]
}

export interface YamlArticle {
  id: string
  title: string | null
  publisher: string | null
  publisherEvidence?: string
  description?: string
  removeLines?: { line: string }[]
  removeFrom?: { line: string }
}

/** A claim of data/claims.yaml, and where the articles differ. */
export interface YamlClaim {
  id: string
  article: string
  quotes: string[]
}
export interface YamlDisagreement {
  id: string
  about: string
  facts: string[]
  versions: { says: string; claims: string[] }[]
}

export interface YamlFacts {
  companies: { id: string; name: string }[]
  facts: YamlFact[]
}

/** The companies and facts of a data folder, and its articles: another folder's for a project that builds one. */
export const readDataset = (dir = dataDir) => ({
  ...(parse(dataFile('facts.yaml', dir)) as YamlFacts),
  articles: parse(dataFile('sources/articles.yaml', dir)) as YamlArticle[],
})

export const { companies, facts, articles } = readDataset()
const claimsFile = parse(dataFile('claims.yaml')) as { claims: YamlClaim[]; disagreements: YamlDisagreement[] }
const claims = claimsFile.claims
export const disagreements = claimsFile.disagreements

export function claim(id: string): YamlClaim {
  const found = claims.find((c) => c.id === id)
  if (!found) throw new Error(`data/claims.yaml has no claim ${id}`)
  return found
}

export function fact(id: string): YamlFact {
  const found = facts.find((f) => f.id === id)
  if (!found) throw new Error(`data/facts.yaml has no fact ${id}`)
  return found
}

export const companyName = (id: string) => companies.find((c) => c.id === id)?.name ?? id

/** A fact's value as every view writes it ("31%", "$24.2B", "“several hundred”"): the app's formatting, unit-tested. */
export const shownValue = (f: YamlFact) => formatValue(f.value as FactValue)

/** A fact's period as every view writes it, an inferred year marked: "Q4 2023*", "3 Apr 2024*". */
export const shownPeriod = (f: YamlFact) => formatPeriod(f.period)

/** The facts of a metric, in dataset order. */
export const factsOf = (metric: string) => facts.filter((f) => f.metric === metric)

/** How a text would name an article by its file rather than its label: "Article 000", or the id itself. */
export const ARTICLE_ID = /Article \d{3}\b|\b\d{3}_[0-9a-f]{16}\b/

/** A chart's definition, as far as the tests read it: the words its card, embed, slide and files carry. */
export interface ChartWords {
  id: string
  title: string
  fileStem: string
  emptyMessage: string
}

const chartsDir = new URL('../src/features/charts/', import.meta.url)
const chartSource = (path: string) => readFileSync(new URL(path, chartsDir), 'utf8')

function chartField(source: string, field: string, file: string): string {
  const found = new RegExp(`\\n  ${field}: (['"])(.*?)\\1,`).exec(source)
  if (!found) throw new Error(`${file}: no literal ${field}; teach e2e/fixtures.ts to read it`)
  return found[2]
}

/**
 * Every chart, in dashboard and deck order (src/features/charts/registry.ts), with the words its definition
 * gives it (src/features/charts/<id>/chart.ts). Read from the source, as the app's modules need Vite's to load.
 */
export const CHARTS: ChartWords[] = (() => {
  const byName = new Map<string, ChartWords>()
  for (const dir of readdirSync(chartsDir, { withFileTypes: true })) {
    const file = `${dir.name}/chart.ts`
    if (!dir.isDirectory() || !existsSync(new URL(file, chartsDir))) continue
    const source = chartSource(file)
    const name = /export const (\w+) = defineChart\(/.exec(source)?.[1]
    if (!name) throw new Error(`${file} defines no chart`)
    const [id, title, fileStem, emptyMessage] = ['id', 'title', 'fileStem', 'emptyMessage'].map((field) =>
      chartField(source, field, file),
    )
    byName.set(name, { id, title, fileStem, emptyMessage })
  }
  const order = /const CHARTS = \[([^\]]*)\]/.exec(chartSource('registry.ts'))?.[1].split(',') ?? []
  return order.map((name) => {
    const found = byName.get(name.trim())
    if (!found) throw new Error(`registry.ts lists ${name.trim()}, which no chart.ts defines`)
    return found
  })
})()

/**
 * Which facts each chart draws, as the tests read the data: by metric (a share's change in words is drawn
 * beside its level). Enough to know which charts a filter leaves, and which slides a filtered deck keeps.
 */
export const drawnBy: Record<string, (f: YamlFact) => boolean> = {
  'market-share': (f) => f.metric === 'market_share' || (f.metric === 'trend' && f.id.startsWith('share-')),
  'aws-results': (f) => f.company === 'aws' && ['revenue', 'profit', 'profit_to_revenue'].includes(f.metric),
  layoffs: (f) => f.metric === 'layoffs',
}

/** A chart's words by its id. */
export function chart(id: string): ChartWords {
  const found = CHARTS.find((c) => c.id === id)
  if (!found) throw new Error(`src/features/charts has no chart ${id}`)
  return found
}

export function article(id: string): YamlArticle {
  const found = articles.find((a) => a.id === id)
  if (!found) throw new Error(`data/sources/articles.yaml has no article ${id}`)
  return found
}

/** The article's text as the dashboard shows it: the raw file less the page chrome the manifest drops. */
export function articleLines(id: string): string[] {
  const entry = article(id)
  let lines = dataFile(`sources/raw/${id}.txt`).split(/\r?\n/)
  if (entry.removeFrom) {
    const cut = lines.findIndex((l) => l.trim() === entry.removeFrom!.line)
    if (cut !== -1) lines = lines.slice(0, cut)
  }
  const dropped = new Set((entry.removeLines ?? []).map((r) => r.line))
  return lines.map((l) => l.trim()).filter((l) => l !== '' && !dropped.has(l))
}

/** The filter's period: the calendar quarter a fact falls in, "undated" when the articles give no date. */
export function quarterOf(f: YamlFact): string {
  const value = f.period.value
  if (!value) return 'undated'
  const [year, part] = value.split('-')
  return part.startsWith('Q') ? value : `${year}-Q${Math.ceil(Number(part) / 3)}`
}

/** How the Period filter names a quarter: "Q4 2023", "Undated". */
export function quarterLabel(key: string): string {
  if (key === 'undated') return 'Undated'
  const [year, quarter] = key.split('-')
  return `${quarter} ${year}`
}

/** Facts a filter leaves; an empty list means "all". */
export function factsWhere({ companies = [], periods = [] }: { companies?: string[]; periods?: string[] }): YamlFact[] {
  return facts.filter(
    (f) => (!companies.length || companies.includes(f.company)) && (!periods.length || periods.includes(quarterOf(f))),
  )
}

/** The quotes that state a fact's value (not those that date, attribute or add details to it). */
export const valueCitations = (f: YamlFact) => f.citations.filter((c) => (c.role ?? 'value') === 'value')

/** How many distinct articles state a fact's value: "Stated by N of 5 articles". */
export const articleCount = (f: YamlFact) => new Set(valueCitations(f).map((c) => c.article)).size

/** The evidence panel's section of quotes that state the value. */
export const statedBy = (evidence: Locator, f: YamlFact) =>
  evidence.getByRole('region', { name: `Stated by ${articleCount(f)} of ${articles.length} articles` })

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The ids a derived formula refers to, in order: "{a} - {b}" → [a, b]. */
export const formulaInputs = (f: YamlFact) => [...(f.value.formula ?? '').matchAll(/\{([^}]+)\}/g)].map((m) => m[1])

/** A filter chip's name: its choice (a quarter may carry the inferred year's mark), then how many facts it stands for. */
const chipName = (name: string) => new RegExp(`^${escapeRegExp(name)}\\*? \\d+ facts?$`)

/** A chart's card on the dashboard: a region named by the chart's title. */
export const chartRegion = (page: Page, id: string) => page.getByRole('region', { name: chart(id).title })

/** The dashboard as a reader sees it: every part found by its role and accessible name. */

export function dashboard(page: Page) {
  const factsRegion = page.getByRole('region', { name: /^All facts/ })
  // The filters are a landmark of their own, named for what they hold.
  const filters = page.getByRole('region', { name: 'Filters' })
  return {
    companyFilter: filters.getByRole('group', { name: 'Company' }),
    periodFilter: filters.getByRole('group', { name: 'Period' }),
    company: (name: string) =>
      filters.getByRole('group', { name: 'Company' }).getByRole('button', { name: chipName(name) }),
    period: (name: string) =>
      filters.getByRole('group', { name: 'Period' }).getByRole('button', { name: chipName(name) }),
    clearFilters: page.getByRole('button', { name: 'Clear filters' }),
    marketShare: chartRegion(page, 'market-share'),
    awsResults: chartRegion(page, 'aws-results'),
    layoffs: chartRegion(page, 'layoffs'),
    keyFigures: page.getByRole('region', { name: 'Key figures' }),
    factsRegion,
    factsHeading: factsRegion.getByRole('heading', { level: 2 }),
    factsTable: factsRegion.getByRole('table'),
    search: page.getByRole('searchbox', { name: 'Search facts' }),
    evidence: page.getByRole('complementary'),
    themeToggle: page.getByRole('button', { name: 'Dark theme' }),
  }
}

/** A chart mark: an SVG button whose accessible name starts with `start`. */
export const mark = (chart: Locator, start: string) =>
  chart.getByRole('button', { name: new RegExp(`^${escapeRegExp(start)}`) })

/** The mark a layoff fact is drawn as: named by its label. */
export const layoffMark = (page: Page, id: string) => mark(dashboard(page).layoffs, `${fact(id).label},`)

/** A market-share mark, "AWS: 31%. Show sources", named from the data. */
export const shareMark = (scope: Locator, f: YamlFact) => mark(scope, `${companyName(f.company)}: ${shownValue(f)}`)

/** The AWS market-share mark on the dashboard. */
export const awsShareMark = (page: Page) => shareMark(dashboard(page).marketShare, fact('share-aws-2023-q4'))

/**
 * Waits until the page draws in the font its chart text was measured in: the first frame is drawn in a
 * fallback, and Inter follows (docs/decisions/0011-web-font-after-first-paint.md).
 */
export const inShippedFont = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => ['400', '700'].every((w) => document.fonts.check(`${w} 12px Inter`))), {
      message: 'Inter 400 and 700 loaded',
    })
    .toBe(true)

/**
 * Waits until the app has taken the page over: a prerendered page is busy (aria-busy) until then, and
 * a click on its built charts before that may be lost when other data replaces them.
 */
export const appReady = (page: Page) => expect(page.locator('#root')).not.toHaveAttribute('aria-busy', 'true')

/**
 * Waits until the app has laid every chart out for its box: a built card or embed carries a drawing per size,
 * and CSS hides all but one of them until then.
 */
export const chartsLaidOut = (page: Page) =>
  expect(page.locator('svg[data-chart]').filter({ visible: false })).toHaveCount(0)

/** How long a page may take to load and take its data over on a busy machine: a state's wait is far shorter. */
export const PAGE_LOAD = { timeout: 30_000 }

/**
 * Waits until no part of the page is loading (aria-busy): the app has taken the page over and drawn what it defers.
 * Checked every frame, in the page: a web-first assertion on a page that is loading backs off to checks half a
 * second apart, which a page load outlasts, so each load would keep its test waiting for up to half a second more.
 */
const settled = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { polling: 'raf', ...PAGE_LOAD })

/** Opens a page of the app at a URL relative to the base (so it works under a sub-path), and waits until it settles. */
export async function open(page: Page, url: string) {
  await page.goto(url)
  await settled(page)
}

/** Holds the page's requests for `url` back until the function it returns is called. */
export async function holdBack(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(url, async (route) => {
    await released
    await route.continue()
  })
  return release
}

/** Opens the dashboard at a relative URL and waits for the dataset. */
export async function openDashboard(page: Page, query = '') {
  await open(page, `./${query}`)
  await expect(dashboard(page).factsHeading).toBeVisible()
}

/** The current URL's query parameters. */
export const params = (page: Page) => new URL(page.url()).searchParams

/** Waits until the URL's parameter `key` reads `value` (null: absent). */
export async function expectParam(page: Page, key: string, value: string | null) {
  await expect.poll(() => params(page).get(key), { message: `URL parameter ${key}` }).toBe(value)
}

/** "All facts (N)", or "All facts (N of 37)" where a filter or a search leaves some of the `total` out. */
export async function expectFactCount(page: Page, n: number, total = facts.length) {
  await expect(dashboard(page).factsHeading).toHaveText(`All facts (${n < total ? `${n} of ${total}` : n})`)
  await expect(dashboard(page).factsTable.getByRole('rowheader')).toHaveCount(n)
}

/** Highlighted text (<mark>): Playwright finds the ARIA 1.3 role "mark", which its types do not list yet. */
export const marks = (scope: Locator) => scope.getByRole('mark' as Parameters<Locator['getByRole']>[0])

/** Presses Tab (or `key`: Shift+Tab to go back) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key)
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return
  }
  throw new Error(`Tab did not reach ${target} in ${max} presses`)
}

/** "Slide n of …": the total is the chart registry's length, which no test assumes. */
export const slideOf = (n: number) => new RegExp(`^Slide ${n} of \\d+`)

/** 1 … n. */

/** The quotes' "+N more quotes from M articles" button in the evidence panel. */
export const moreQuotes = (evidence: Locator) =>
  evidence.getByRole('button', { name: /^\+\d+ more quotes? from \d+ articles?$/ })

/** The passage of the evidence panel that shows `quote`: its sentence, once, with its tags. */
export const passageWith = (evidence: Locator, quote: string) =>
  evidence.getByRole('listitem').filter({ has: evidence.page().getByRole('blockquote').filter({ hasText: quote }) })

/** The tags of a passage: what its sentence supports. */
export const tagsOf = (passage: Locator) =>
  passage.getByRole('list', { name: 'What it supports' }).getByRole('listitem')
