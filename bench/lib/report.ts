/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Nearest-rank percentile: a value that was actually measured, never an interpolation. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
}

export const kB = (bytes: number) =>
  `${(bytes / 1000).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB`
export const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
export const ms = (value: number) => `${value.toFixed(1)} ms`
export const times = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—')

export type Verdict = 'pass' | 'FAIL' | 'n/a' | ''

export interface Row {
  metric: string
  baseline: string
  app: string
  ratio: string
  budget: string
  verdict: Verdict
}

export const verdict = (pass: boolean | undefined): Verdict => (pass === undefined ? 'n/a' : pass ? 'pass' : 'FAIL')

type Cells = Record<keyof Row, string>

const HEADER: Cells = {
  metric: 'metric',
  baseline: 'baseline',
  app: 'app',
  ratio: 'ratio',
  budget: 'budget',
  verdict: 'pass/fail',
}
const COLUMNS = Object.keys(HEADER) as (keyof Cells)[]
// Numbers read best right-aligned; words left.
const RIGHT = new Set<keyof Cells>(['baseline', 'app', 'ratio'])

/** A plain-text table with a header rule; also valid Markdown, so it can be pasted into an issue as is. */
export function renderTable(rows: Row[]): string {
  const all: Cells[] = [HEADER, ...rows]
  const width = (c: keyof Cells) => Math.max(...all.map((r) => r[c].length))
  const cell = (r: Cells, c: keyof Cells) =>
    RIGHT.has(c) && r !== HEADER ? r[c].padStart(width(c)) : r[c].padEnd(width(c))
  const line = (r: Cells) => `| ${COLUMNS.map((c) => cell(r, c)).join(' | ')} |`
  const rule = `|${COLUMNS.map((c) => '-'.repeat(width(c) + 2)).join('|')}|`
  return [line(HEADER), rule, ...rows.map(line)].join('\n')
}
