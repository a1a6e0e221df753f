import { formatAmount } from '../../../lib/format'
import { formatPeriod, formatValue } from '../../dataset/format-fact'
import { barSpecOf, largestValue } from '../bar-spec'
import { defineChart } from '../define-chart'
import type { FilterScope } from '../definition'
import { byMetric, perIndex } from '../select-helpers'
import { isLayoffTotal, selectLayoffs, type LayoffData } from './select'

/** Every wave of the dataset on one scale: a filter that leaves one small wave does not blow it up. */
const wavesScale = perIndex((index) => largestValue(byMetric(index.facts, 'layoffs').filter((f) => !isLayoffTotal(f))))

function subtitle({ waves, omitted }: LayoffData, scope: FilterScope): string {
  const when = scope.periods ? ` · ${scope.periods} only` : ''
  if (omitted) {
    return `The ${waves.length} most recent of ${waves.length + omitted} waves, in time order; the table lists them all${when}`
  }
  return `Job cuts announced by ${scope.companies ?? 'Amazon and AWS'}, in time order${when}`
}

/**
 * Layoff waves in time order. Exact counts are solid bars, derived ones
 * dashed, vague ones a hatched band over the literal reading of the words,
 * and an unreported count an open marker on the baseline: nothing unknown
 * is drawn as if it were measured.
 */
export const layoffsChart = defineChart<LayoffData>({
  title: 'Amazon layoff waves',
  fileStem: 'amazon-layoff-waves',
  emptyMessage: 'No layoff figures match the current filters.',
  // Up to 16 waves, each with a label: too many for half a row.
  span: 'full',
  select: selectLayoffs,
  isEmpty: (data) => data.waves.length + data.totals.length === 0,
  facts: (data) => [...data.waves.map((w) => w.fact), ...data.totals],
  subtitle,
  summary: (data) =>
    `Layoff waves in time order: ${data.waves
      .map(
        (w) =>
          `${formatPeriod(w.fact.period)}, ${w.label}: ${formatValue(w.fact.value)}${w.kind === 'derived' ? ' (derived)' : ''}`,
      )
      .join('; ')}.`,
  context: (data) =>
    data.totals.map((t) => [
      `${t.label}: `,
      { fact: t, text: formatValue(t.value) },
      ` in total${t.period.words ? `, ${t.period.words}` : ''}.`,
    ]),
  bars: (data, index) => ({
    prefer: 'columns',
    input: {
      items: data.waves.map((w) => {
        const when = formatPeriod(w.fact.period)
        return { key: w.factId, label: [when, w.name], bars: [barSpecOf(w.fact, `${w.label}, ${when}`)] }
      }),
      domainMax: wavesScale(index),
      formatTick: (v) => formatAmount(v, 'people'),
      axis: true,
    },
  }),
})
