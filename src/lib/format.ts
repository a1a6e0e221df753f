import type { Unit } from '../config/units.ts'

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
