/** A filterable period: a calendar quarter, or "undated" for facts the articles date no closer. */
export type PeriodKey = `${number}-Q${1 | 2 | 3 | 4}` | 'undated'

export const UNDATED = 'undated' satisfies PeriodKey
export const PERIOD_KEY_PATTERN = /^(\d{4}-Q[1-4]|undated)$/

/** The quarter a period falls in: 2023-12 → 2023-Q4, 2024-04-03 → 2024-Q2, no date → undated. */
export function periodKey(period: { value: string | null }): PeriodKey {
  const value = period.value
  if (!value) return UNDATED
  const [year, part] = value.split('-')
  if (part.startsWith('Q')) return value as PeriodKey
  return `${Number(year)}-Q${Math.ceil(Number(part) / 3) as 1 | 2 | 3 | 4}`
}

/** Chronological order, undated first: the articles place those waves "in prior years". */
export function comparePeriodKeys(a: PeriodKey, b: PeriodKey): number {
  if (a === b) return 0
  if (a === UNDATED) return -1
  if (b === UNDATED) return 1
  return a < b ? -1 : 1
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "Q4 2023", "Dec 2023", "3 Apr 2024"; "Undated" for the undated key. */
export function formatPeriodValue(value: string): string {
  const [year, part, day] = value.split('-')
  if (part.startsWith('Q')) return `${part} ${year}`
  const month = MONTHS[Number(part) - 1]
  return day ? `${Number(day)} ${month} ${year}` : `${month} ${year}`
}

export const formatPeriodKey = (key: PeriodKey) => (key === UNDATED ? 'Undated' : formatPeriodValue(key))

/**
 * The other ways a reader may write a period the page shows as "about 3 Apr 2024":
 * its ISO form, its month in full, and the quarter the filter puts it in.
 */
export function periodAliases(value: string): string[] {
  const [year, part] = value.split('-')
  const quarter = periodKey({ value })
  const month = part.startsWith('Q') ? [] : [`${MONTH_NAMES[Number(part) - 1]} ${year}`]
  return [...new Set([value, ...month, quarter, formatPeriodKey(quarter)])]
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** First and last day of a period, ISO 8601: 2023-Q4 → 2023-10-01 … 2023-12-31; a day is both. */
export function periodBounds(value: string): { start: string; end: string } {
  const [y, part, day] = value.split('-')
  const year = Number(y)
  if (part.startsWith('Q')) {
    const last = Number(part.slice(1)) * 3
    return { start: iso(year, last - 2, 1), end: iso(year, last, lastDay(year, last)) }
  }
  const month = Number(part)
  if (day) return { start: value, end: value }
  return { start: iso(year, month, 1), end: iso(year, month, lastDay(year, month)) }
}
