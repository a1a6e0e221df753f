import { existsSync, readFileSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { CHROMIUM_FLAGS, chromiumExecutable } from '../../scripts/chromium.ts'
import { TOOLS_DIR } from './paths.ts'
import { run } from './processes.ts'

// Not a devDependency: its dependency ranges break `npm ci` here, so it is installed on demand, outside the lockfile.
const PACKAGE = 'lighthouse@13'
const MAJOR = '13.'
const INSTALL_TIMEOUT_MS = 180_000
const RUN_TIMEOUT_MS = 180_000

export const CATEGORIES = ['performance', 'accessibility'] as const
export type Category = (typeof CATEGORIES)[number]

/** Lighthouse's default is a mid-range phone on a slow 4G link (simulated); desktop is its `--preset=desktop`. */
export const FORM_FACTORS = ['desktop', 'mobile'] as const
export type FormFactor = (typeof FORM_FACTORS)[number]

/** A category's score out of 100, or why there is none. */
export type Score = { score: number } | { reason: string }

/** The load metrics behind the performance score, by their audit ids. */
export const METRICS = {
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
} as const
export type Metric = keyof typeof METRICS

export interface LighthouseResult {
  scores: Record<Category, Score>
  /** Milliseconds for LCP and TBT, the unitless shift score for CLS; missing when the audit did not run. */
  metrics: Partial<Record<Metric, number>>
  notes: string[]
}

const installedVersion = (): string | undefined => {
  const manifest = resolve(TOOLS_DIR, 'node_modules', 'lighthouse', 'package.json')
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : undefined
}

const lastLines = (text: string, n = 3) => text.trim().split('\n').slice(-n).join(' / ')

/** npm's error in one line ("code ECONNREFUSED: FetchError: request to … failed"), not its advice about proxies. */
function npmError(output: string): string {
  const lines = output
    .split('\n')
    .flatMap((l) => (l.startsWith('npm error ') ? [l.slice('npm error '.length).trim()] : []))
  const code = lines.find((l) => l.startsWith('code '))
  const message = lines.find((l) => /error|reason|not found|no matching/i.test(l) && !l.startsWith('at '))
  return [code, message].filter(Boolean).join(': ') || lastLines(output)
}

/** Installs Lighthouse into bench/.tools unless it is there already; returns the CLI, or why it is unavailable. */
export async function ensureLighthouse(): Promise<{ cli: string; version: string } | { reason: string }> {
  const cli = resolve(TOOLS_DIR, 'node_modules', '.bin', 'lighthouse')
  if (!installedVersion()?.startsWith(MAJOR)) {
    const args = ['install', '--prefix', TOOLS_DIR, '--no-save', '--no-audit', '--no-fund', PACKAGE]
    const { code, output } = await run('npm', args, { timeoutMs: INSTALL_TIMEOUT_MS })
    if (code === null) return { reason: `npm install ${PACKAGE} gave no answer in ${INSTALL_TIMEOUT_MS / 1000} s` }
    if (code !== 0) return { reason: `npm install ${PACKAGE} failed: ${npmError(output)}` }
  }
  const version = installedVersion()
  return version && existsSync(cli) ? { cli, version } : { reason: `${PACKAGE} did not install a CLI in ${TOOLS_DIR}` }
}

interface Report {
  runtimeError?: { message: string }
  categories: Partial<Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>>
  audits: Record<
    string,
    {
      title: string
      score: number | null
      displayValue?: string
      numericValue?: number
      details?: { items?: { observedFirstContentfulPaint?: number }[] }
    }
  >
}

/** Why a score is not perfect: the weighted audits that failed, and the first paint (the table shows the rest). */
function notesOf(report: Report): string[] {
  const failed = (category: Category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && report.audits[ref.id].score! < 1)
      .map((ref) => `${ref.id} (${report.audits[ref.id].score})`)
  // The simulated paint follows the run's own, which came after 1.2 or 2.3 s, the page's thread idle meanwhile, in
  // every phone run at 100× data so far and in one at 1× (0.2–0.3 s otherwise): ten points of the score.
  const observed = report.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint
  const simulated = report.audits['first-contentful-paint']?.displayValue
  const fcp = simulated && (observed === undefined ? simulated : `${simulated} (${Math.round(observed)} ms in the run)`)
  const perf = failed('performance')
  const a11y = failed('accessibility')
  return [
    ...(report.categories.performance && fcp ? [`first-contentful-paint ${fcp}`] : []),
    ...(perf.length ? [`performance audits below 1: ${perf.join(', ')}`] : []),
    ...(a11y.length ? [`accessibility audits failed: ${a11y.join(', ')}`] : []),
  ]
}

function metricsOf(report: Report): LighthouseResult['metrics'] {
  const entries = Object.entries(METRICS).flatMap(([key, id]) => {
    const value = report.audits[id]?.numericValue
    return typeof value === 'number' ? [[key, value]] : []
  })
  return Object.fromEntries(entries) as LighthouseResult['metrics']
}

export const lighthouseUnavailable = (reason: string): LighthouseResult => ({
  scores: { performance: { reason }, accessibility: { reason } },
  metrics: {},
  notes: [],
})

/**
 * Of several runs of one page, the one with the median performance score, with every run's score in its notes.
 * A single simulated-throttling run varies by several points from one to the next; Lighthouse's own guidance is
 * to take the median of several (https://github.com/GoogleChrome/lighthouse/blob/main/docs/variability.md).
 */
export function medianRun(runs: readonly LighthouseResult[]): LighthouseResult {
  const scored = runs.filter((r) => 'score' in r.scores.performance)
  if (!scored.length) return runs[0]
  const perf = (r: LighthouseResult) => (r.scores.performance as { score: number }).score
  const sorted = [...scored].sort((a, b) => perf(a) - perf(b))
  const median = sorted[Math.floor((sorted.length - 1) / 2)]
  if (runs.length === 1) return median
  const note = `performance of ${runs.length} runs: ${runs.map((r) => ('score' in r.scores.performance ? perf(r) : 'none')).join(', ')} (the median run is shown)`
  return { ...median, notes: [note, ...median.notes] }
}

/**
 * One Lighthouse run in the same headless Chromium, as a phone (Lighthouse's default) or a desktop. A run that stops
 * on an error can still have scored some categories (a gatherer that timed out spoils only the audits that need
 * it), so those are kept.
 */
export async function runLighthouse(
  cli: string,
  url: string,
  outFile: string,
  formFactor: FormFactor,
  categories: readonly Category[] = CATEGORIES,
): Promise<LighthouseResult> {
  const args = [
    url,
    '--output=json',
    `--output-path=${outFile}`,
    `--only-categories=${categories.join(',')}`,
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    '--quiet',
    `--chrome-flags=${['--headless=new', ...CHROMIUM_FLAGS].join(' ')}`,
  ]
  const env = { ...process.env, CHROME_PATH: chromiumExecutable() }
  // An earlier run's report must not pass for this one's.
  rmSync(outFile, { force: true })
  const { code, output } = await run(cli, args, { env, timeoutMs: RUN_TIMEOUT_MS })
  if (!existsSync(outFile)) return lighthouseUnavailable(`lighthouse exited with ${code}: ${lastLines(output)}`)
  const report = JSON.parse(readFileSync(outFile, 'utf8')) as Report
  const score = (category: Category): Score => {
    if (!categories.includes(category)) return { reason: 'not run' }
    const value = report.categories[category]?.score
    if (typeof value === 'number') return { score: Math.round(value * 100) }
    return { reason: report.runtimeError?.message ?? `no score (lighthouse exited with ${code})` }
  }
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility') },
    metrics: metricsOf(report),
    notes: notesOf(report),
  }
}
