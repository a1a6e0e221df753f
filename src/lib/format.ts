import type { FactValue, Unit } from '../features/dataset/schema'

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 })
const usdCompact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
})

/** An amount in its unit: "$24.2B", "31%", "27,000", "60 days". */
export function formatAmount(amount: number, unit: Unit): string {
  switch (unit) {
    case 'USD':
      return usdCompact.format(amount)
    case 'percent':
      return percent.format(amount / 100)
    case 'days':
      return `${integer.format(amount)} days`
    default:
      return integer.format(amount)
  }
}

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
