import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { roundingRange } from '../../domain/rounding-range.ts'
import type { Fact } from '../../domain/schema.ts'
import { formatAmount } from '../../lib/format.ts'

const list = new Intl.ListFormat('en', { type: 'conjunction' })

/**
 * What the rounding of a derived value's inputs leaves open: "Its inputs are rounded as printed (31%, 24%, and 11%
 * each to the nearest 1%), so unrounded this value lies between 32.5% and 35.5%." Nothing for a value not derived
 * from stated figures.
 */
export function RoundingNote({ fact, index }: { fact: Fact; index: DatasetIndex }) {
  const range = roundingRange(fact, index)
  if (!range) return null
  // Grouped by step as written, unit and all: "31% and 11% each to the nearest 1%".
  const stepOf = (input: (typeof range.inputs)[number]) => formatAmount(input.step, input.unit)
  const printed = [...new Set(range.inputs.map(stepOf))].map((step) => {
    const inputs = range.inputs.filter((input) => stepOf(input) === step)
    const figures = list.format(inputs.map((input) => formatAmount(input.amount, input.unit)))
    return `${figures}${inputs.length > 1 ? ' each' : ''} to the nearest ${step}`
  })
  return (
    <p className="mt-2 text-slate-700 dark:text-slate-300">
      Its inputs are rounded as printed ({list.format(printed)}), so unrounded this value lies between{' '}
      <strong>{formatAmount(range.min, range.unit)}</strong> and <strong>{formatAmount(range.max, range.unit)}</strong>.
    </p>
  )
}
