import type { Unit } from '../../../config/units.ts'

/**
 * Excel number formats for the deck's charts. The sheet keeps full figures (24200000000, not 24.2):
 * a format scales and words them as the app does ("$24.2B", "31%", "27,000"), so a label stays right
 * when an analyst edits a number in the sheet.
 */

/** Thousands scaled away by trailing commas, with the app's compact suffixes. */
const SCALES = [
  { at: 1e9, commas: ',,,', suffix: 'B' },
  { at: 1e6, commas: ',,', suffix: 'M' },
  { at: 1e3, commas: ',', suffix: 'K' },
  { at: 0, commas: '', suffix: '' },
] as const

const scaleOf = (largest: number) => SCALES.find((s) => largest >= s.at)!

// The app shows at most one decimal (src/lib/format.ts): "29.8%", "$7.2B".
const hasTenths = (values: readonly number[], divisor: number) =>
  values.some((v) => Math.round((v / divisor) * 10) % 10 !== 0)

const digits = (tenths: boolean) => (tenths ? '#,##0.0' : '#,##0')

/** A literal in a format code: quoted, so no character in it is read as a placeholder. */
const literal = (text: string) => (text ? `"${text}"` : '')

/**
 * The format of a series' labels: its figures as the app words them, and `suffix` after each
 * (" (derived)"). Values of one series share one format, chosen from the largest and the finest.
 */
export function labelFormat(unit: Unit, values: readonly (number | null)[], suffix: string): string {
  const figures = values.filter((v): v is number => v !== null)
  if (unit === 'USD') {
    const scale = scaleOf(Math.max(0, ...figures))
    const divisor = scale.at || 1
    return `"$"${digits(hasTenths(figures, divisor))}${scale.commas}${literal(scale.suffix + suffix)}`
  }
  const tenths = unit === 'percent' && hasTenths(figures, 1)
  const after = { percent: '%', days: ' days', people: '', positions: '', USD: '' }[unit]
  return `${digits(tenths)}${literal(after + suffix)}`
}

/** The value axis' tick labels in the unit: 0–25B in steps of 5B, 0–40% in steps of 10%. */
export const axisFormat = (unit: Unit) =>
  ({
    percent: '0"%"',
    USD: '"$"#,##0,,,"B"',
    people: '#,##0',
    positions: '#,##0',
    days: '#,##0',
  })[unit]
