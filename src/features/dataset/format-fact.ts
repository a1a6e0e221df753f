import { formatAmount } from '../../lib/format'
import { formatPeriodValue } from '../../lib/period'
import type { FactValue, Period } from './schema'

/**
 * A value as the articles give it: exact figures formatted, qualified ones
 * with their qualifier ("around 60,000"), vague ones in the sources' words.
 */
export function formatValue(value: FactValue): string {
  switch (value.kind) {
    case 'stated':
    case 'derived':
      return formatAmount(value.amount, value.unit)
    case 'approximate':
    case 'bound':
      return `${value.words} ${formatAmount(value.amount, value.unit)}`
    case 'vague':
      return value.words.map((w) => `“${w}”`).join(' / ')
    case 'unknown':
      return 'Not reported'
  }
}

/** The amount a chart can place, or null for values the articles give no number for. */
export const amountOf = (value: FactValue): number | null => ('amount' in value ? value.amount : null)

export const VALUE_KIND_LABELS = {
  stated: 'Stated',
  approximate: 'Approximate',
  bound: 'Lower bound',
  vague: 'Vague',
  unknown: 'Unknown',
  derived: 'Derived',
} as const satisfies Record<FactValue['kind'], string>

/** A fact's period as the articles give it: "Q4 2023", "about Mar 2023", or their own words. */
export function formatPeriod(period: Period): string {
  if (!period.value) return period.words ? capitalise(period.words) : 'Not dated'
  const text = formatPeriodValue(period.value)
  return period.inferred ? `about ${text}` : text
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
