import { formatAmount } from '../../../lib/format.ts'
import { formatPeriodKey } from '../../../lib/period.ts'
import { formatValue, markedPeriodKey } from '../../../domain/format-fact.ts'
import type { Fact } from '../../../domain/schema.ts'
import { barSpecOf, largestValue } from '../bar-spec.ts'
import { defineChart } from '../define-chart.ts'
import { perIndex, present } from '../select-helpers.ts'
import { selectAwsResults } from './select.ts'

const RESULT_SERIES = [
  { key: 'revenue', label: 'Revenue' },
  { key: 'operatingProfit', label: 'Operating profit', secondary: true },
] as const

const resultsScale = perIndex((index) =>
  largestValue(index.facts.filter((f) => f.company === 'aws' && ['revenue', 'operating_profit'].includes(f.metric))),
)

const stated = (f: Fact) => `${f.label} ${formatValue(f.value)}${f.value.kind === 'derived' ? ' (derived)' : ''}`

/** Revenue and operating profit side by side per quarter, each bar valued on the chart. */
export const awsResultsChart = defineChart({
  id: 'aws-results',
  title: 'AWS revenue and operating profit',
  fileStem: 'aws-revenue-operating-profit',
  emptyMessage: 'No AWS revenue or profit figures match the current filters.',
  span: 'half',
  select: selectAwsResults,
  isEmpty: (rows) => !rows.some((r) => r.revenue || r.operatingProfit),
  facts: (rows) => present(rows.flatMap((r) => [r.revenue, r.operatingProfit, r.margin])),
  subtitle: (rows) => {
    const periods = rows.map((r) => markedPeriodKey(r.period, present([r.revenue, r.operatingProfit, r.margin])))
    if (!periods.length) return ''
    return `${periods.length === 1 ? periods[0] : `${periods[0]} – ${periods.at(-1)}`} · Amazon Web Services`
  },
  summary: (rows) =>
    `AWS results. ${rows
      .map(
        (r) =>
          `${formatPeriodKey(r.period)}: ${present([r.revenue, r.operatingProfit, r.margin]).map(stated).join(', ')}`,
      )
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
            const period = markedPeriodKey(r.period, present([r.revenue, r.operatingProfit, r.margin]))
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
