import { formatAmount } from '../../../lib/format'
import { formatPeriodKey } from '../../../lib/period'
import { formatValue, markedPeriodKey } from '../../dataset/format-fact'
import { barSpecOf, largestValue } from '../bar-spec'
import { defineChart } from '../define-chart'
import { scopeSuffix } from '../filter-scope'
import { byMetric, perIndex, present } from '../select-helpers'
import { selectMarketShare, type MarketShareData } from './select'

/** One scale for every view of the dataset: filtering to AWS never stretches its bar. */
const shareScale = perIndex((index) => largestValue(byMetric(index.facts, 'market_share')))

const shareWords = (p: MarketShareData['points'][number]) =>
  `${p.name} ${p.amount === null ? 'not reported' : formatAmount(p.amount, 'percent')}${p.kind === 'derived' ? ' (derived)' : ''}`

/** Horizontal bars, largest share first, each labelled with its value; derived shares say so. */
export const marketShareChart = defineChart<MarketShareData | null>({
  title: 'Cloud infrastructure market share',
  fileStem: 'cloud-market-share',
  emptyMessage: 'No market-share figures match the current filters.',
  span: 'half',
  select: selectMarketShare,
  isEmpty: (data) => !data?.points.length,
  facts: (data, index) =>
    data ? present([...data.points.map((p) => index.factById.get(p.factId)), data.spending, data.spendingGrowth]) : [],
  subtitle: (data, scope, index) =>
    data
      ? `${markedPeriodKey(
          data.period,
          data.points.map((p) => index.factById.get(p.factId)!),
        )} · share of the cloud infrastructure market${scopeSuffix(scope, { periods: false })}`
      : '',
  summary: (data) =>
    data
      ? `${formatPeriodKey(data.period)} cloud infrastructure market share: ${data.points.map(shareWords).join(', ')}.`
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
        bars: [barSpecOf(index.factById.get(p.factId)!, p.name)],
      })),
      domainMax: shareScale(index),
      formatTick: (v) => formatAmount(v, 'percent'),
      axis: true,
    },
  }),
})
