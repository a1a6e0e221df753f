import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { roundingRange } from '../../domain/rounding-range.ts'
import type { Fact } from '../../domain/schema.ts'
import { formatAmount } from '../../lib/format.ts'
import { citationRole } from '../../domain/kinds.ts'

const list = new Intl.ListFormat('en', { type: 'conjunction' })

/**
 * Where a derived value lies if the figures it is computed from were rounded: "If the article rounded its figures to
 * the nearest 1% (31%, 24%, and 11%), the true value could be anywhere from 32.5% to 35.5%." No article says it
 * rounds, so this is said as a condition. Nothing for a value not derived from stated figures.
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
  const articles = new Set(
    range.inputs.flatMap((input) =>
      input.fact.citations.filter((c) => citationRole(c) === 'value').map((c) => c.article),
    ),
  )
  return (
    <p className="mt-2 text-slate-700 dark:text-slate-300">
      If the {articles.size > 1 ? 'articles' : 'article'} rounded {articles.size > 1 ? 'their' : 'its'} figures{' '}
      {list.format(printed)}, the true value could be anywhere from <strong>{range.span[0]}</strong> to{' '}
      <strong>{range.span[1]}</strong>.
    </p>
  )
}
