import { formatAmount } from '../../../lib/format.ts'
import { formatPeriodKey } from '../../../lib/period.ts'
import { formatValue, markedPeriodKey } from '../../../domain/format-fact.ts'
import { barSpecOf, directionSpecOf, largestValue } from '../bar-spec.ts'
import { defineChart } from '../define-chart.ts'
import { scopeSuffix } from '../filter-scope.ts'
import { byMetric, perIndex, present } from '../select-helpers.ts'
import { selectMarketShare, type MarketShareData } from './select.ts'

/** One scale for every view of the dataset: filtering to AWS never stretches its bar. */
const shareScale = perIndex((index) => largestValue(byMetric(index.facts, 'market_share')))

const shareWords = (p: MarketShareData['points'][number]) =>
  `${p.name} ${p.amount === null ? 'not reported' : formatAmount(p.amount, 'percent')}${p.kind === 'derived' ? ' (derived)' : ''}`

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/**
 * Who grew and who fell, in the articles' words, companies with the same claim together:
 * "AWS fell (“dipped”); Microsoft Azure and Google Cloud rose, growing faster than AWS". No rate is invented.
 */
function directionWords(points: MarketShareData['points']): string {
  const byClaim = new Map<string, { names: string[]; note?: string }>()
  for (const p of points) {
    const spec = p.change && directionSpecOf(p.change, p.name)
    if (!spec) continue
    const group = byClaim.get(spec.value) ?? { names: [], note: spec.note }
    group.names.push(p.name)
    byClaim.set(spec.value, group)
  }
  if (!byClaim.size) return ''
  const said = [...byClaim].map(
    ([claim, { names, note }]) => `${list.format(names)} ${lowerFirst(claim)}${note ? ` (${note})` : ''}`,
  )
  return `In the articles’ words, ${said.join('; ')}. The articles give no growth rates.`
}

const list = new Intl.ListFormat('en', { type: 'conjunction' })

/**
 * Horizontal bars, largest share first, each labelled with its value; derived shares say so. Under a
 * bar, the change the articles state for it, in their words, with a triangle the way it went.
 */
export const marketShareChart = defineChart({
  id: 'market-share',
  title: 'Cloud infrastructure market share',
  fileStem: 'cloud-market-share',
  emptyMessage: 'No market-share figures match the current filters.',
  span: 'half',
  select: selectMarketShare,
  isEmpty: (data) => !data?.points.length,
  facts: (data, index) =>
    data
      ? present([
          ...data.points.flatMap((p) => [index.factById.get(p.factId), p.change]),
          data.spending,
          data.spendingGrowth,
        ])
      : [],
  subtitle: (data, scope, index) =>
    data
      ? `${markedPeriodKey(
          data.period,
          data.points.map((p) => index.factById.get(p.factId)!),
        )} · share of the cloud infrastructure market${scopeSuffix(scope, { periods: false })}`
      : '',
  summary: (data) =>
    data
      ? [
          `${formatPeriodKey(data.period)} cloud infrastructure market share: ${data.points.map(shareWords).join(', ')}.`,
          directionWords(data.points),
        ]
          .filter(Boolean)
          .join(' ')
      : '',
  context: (data) => {
    const { spending, spendingGrowth } = data ?? {}
    if (!spending && !spendingGrowth) return []
    return [
      [
        'Total enterprise spending on cloud infrastructure services in the quarter: ',
        spending ? { fact: spending, text: formatValue(spending.value) } : 'not reported',
        ...(spendingGrowth
          ? [', up ', { fact: spendingGrowth, text: formatValue(spendingGrowth.value) }, ' year over year']
          : []),
        '.',
      ],
    ]
  },
  bars: (data, index) => ({
    prefer: 'rows',
    input: {
      items: (data?.points ?? []).map((p) => ({
        key: p.factId,
        label: [p.name],
        bars: present([
          barSpecOf(index.factById.get(p.factId)!, p.name),
          p.change && directionSpecOf(p.change, p.name),
        ]),
      })),
      domainMax: shareScale(index),
      formatTick: (v) => formatAmount(v, 'percent'),
      axis: true,
    },
  }),
})
