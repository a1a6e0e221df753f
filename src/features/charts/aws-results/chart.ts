import { formatAmount } from '../../../lib/format.ts'
import { formatValue, markedPeriodKey } from '../../../domain/format-fact.ts'
import type { Fact } from '../../../domain/schema.ts'
import { barSpecOf, largestValue } from '../bar-spec.ts'
import { defineChart } from '../define-chart.ts'
import { perIndex, present } from '../select-helpers.ts'
import { selectAwsResults } from './select.ts'

const RESULT_SERIES = [
  { key: 'revenue', label: 'Revenue' },
  // The article's word: "profits", not which profit.
  { key: 'profits', label: 'Profits', secondary: true },
] as const

const resultsScale = perIndex((index) =>
  largestValue(index.facts.filter((f) => f.company === 'aws' && ['revenue', 'profit'].includes(f.metric))),
)

const stated = (f: Fact) => `${f.label} ${formatValue(f.value)}${f.value.kind === 'derived' ? ' (derived)' : ''}`

/** Revenue and profits side by side per quarter, each bar valued on the chart. */
export const awsResultsChart = defineChart({
  id: 'aws-results',
  title: 'AWS revenue and profits',
  fileStem: 'aws-revenue-profits',
  emptyMessage: 'No AWS revenue or profit figures match the current filters.',
  span: 'half',
  select: selectAwsResults,
  isEmpty: (rows) => !rows.some((r) => r.revenue || r.profits),
  facts: (rows) => present(rows.flatMap((r) => [r.revenue, r.profits, r.margin])),
  subtitle: (rows) => {
    const periods = rows.map((r) => markedPeriodKey(r.period, present([r.revenue, r.profits, r.margin])))
    if (!periods.length) return ''
    return `${periods.length === 1 ? periods[0] : `${periods[0]} – ${periods.at(-1)}`} · Amazon Web Services`
  },
  summary: (rows) =>
    `AWS results. ${rows
      .map((r) => {
        const drawn = present([r.revenue, r.profits, r.margin])
        return `${markedPeriodKey(r.period, drawn)}: ${drawn.map(stated).join(', ')}`
      })
      .join('; ')}.`,
  context: (rows) => {
    const latest = rows.flatMap((r) => (r.margin ? [r.margin] : [])).at(-1)
    if (!latest || latest.value.kind !== 'derived') return []
    return [
      [
        // The article's word is "profits", not which profit: no "operating margin" is claimed.
        'Profits as a share of revenue: ',
        { fact: latest, text: formatValue(latest.value) },
        ' (derived: profits ÷ revenue).',
      ],
    ]
  },
  bars: (rows, index) => {
    const single = rows.length === 1
    return {
      prefer: 'columns',
      order: 'time',
      // Several quarters: the key names the two series; one quarter: each bar is named under it.
      series: single
        ? undefined
        : RESULT_SERIES.map((s) => ({
            shape: 'bar',
            kind: 'stated',
            text: s.label,
            companyId: 'aws',
            secondary: 'secondary' in s,
          })),
      input: {
        items: rows
          .map((r) => {
            const period = markedPeriodKey(r.period, present([r.revenue, r.profits, r.margin]))
            return {
              key: r.period,
              label: [period],
              bars: RESULT_SERIES.flatMap((s) => {
                const fact = r[s.key]
                if (!fact) return []
                return [
                  barSpecOf(fact, `${s.label}, ${period}`, {
                    secondary: 'secondary' in s,
                    caption: single ? s.label : undefined,
                  }),
                ]
              }),
            }
          })
          .filter((item) => item.bars.length > 0),
        domainMax: resultsScale(index),
        formatTick: (v) => formatAmount(v, 'USD'),
        axis: true,
      },
    }
  },
})
