import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { roundingRange } from '../../domain/rounding-range.ts'
import type { Fact } from '../../domain/schema.ts'
import { formatAmount } from '../../lib/format.ts'

const list = new Intl.ListFormat('en', { type: 'conjunction' })

/**
 * Where a derived value lies if the figures it is computed from are rounded as printed: "Taking its inputs as
 * printed to the nearest 1% (31%, 24%, and 11%), the exact value lies between 32.5% and 35.5%." Nothing for a
 * value not derived from stated figures.
 */
export function RoundingNote({ fact, index }: { fact: Fact; index: DatasetIndex }) {
  const range = roundingRange(fact, index)
  if (!range) return null
  // Grouped by step: "to the nearest 1% (31% and 11%)".
  const steps = [...new Set(range.inputs.map((input) => input.stepText))]
  const printed = steps.map((step) => {
    const figures = range.inputs.filter((input) => input.stepText === step)
    return `to the nearest ${step} (${list.format(figures.map((input) => formatAmount(input.amount, input.unit)))})`
  })
  return (
    <p className="mt-2 text-slate-700 dark:text-slate-300">
      Taking its inputs as printed {list.format(printed)}, the exact value lies between{' '}
      <strong>{formatAmount(range.min, range.unit)}</strong> and <strong>{formatAmount(range.max, range.unit)}</strong>
      {range.outward ? ', rounded outward' : ''}.
    </p>
  )
}
