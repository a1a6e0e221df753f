import { formatAmount } from '../../../lib/format.ts'
import { formatValue, markedPeriodKey, namedAsWords } from '../../../domain/format-fact.ts'
import { barSpecOf, directionSpecOf, largestValue } from '../bar-spec.ts'
import { defineChart } from '../define-chart.ts'
import { scopeSuffix } from '../filter-scope.ts'
import { byMetric, perIndex, present } from '../select-helpers.ts'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import {
  lowerFirst,
  omittedWords,
  quartersBars,
  quartersContext,
  quartersSummary,
  quartersWords,
} from './over-quarters.ts'
import { selectMarketShare, type MarketShareData, type SharePoint } from './select.ts'

/** The share facts a chart's data draws, for its period's mark. */
const sharesOf = (data: MarketShareData, index: DatasetIndex) =>
  present(data.points.map((p) => index.factById.get(p.factId)))

/** One scale for every view of the dataset: filtering to AWS never stretches its bar. */
const shareScale = perIndex((index) => largestValue(byMetric(index.facts, 'market_share')))

const shareText = (p: SharePoint) =>
  `${p.name} ${p.amount === null ? 'not reported' : formatAmount(p.amount, 'percent')}`

/** A share's row name; one its article names otherwise says so: "AWS (“Amazon’s”)" for “Amazon’s market share”. */
function rowName(p: SharePoint, index: DatasetIndex): string {
  const owner = index.factById.get(p.factId)?.namedAs?.match(/^(.+’s)\b/)?.[1]
  return owner ? `${p.name} (“${owner}”)` : p.name
}

const shareWords = (p: SharePoint, index: DatasetIndex) => {
  const notes = [p.kind === 'derived' ? 'derived' : '', namedAsWords(index.factById.get(p.factId))].filter(Boolean)
  return `${shareText(p)}${notes.length ? ` (${notes.join('; ')})` : ''}`
}

/**
 * Who grew and who fell, in the articles' words, companies with the same claim together:
 * "AWS: dipped; Microsoft Azure and Google Cloud: increasing, with faster growth rates". No rate is invented.
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
    ([claim, { names, note }]) => `${list.format(names)}: ${lowerFirst(claim)}${note ? ` (${note})` : ''}`,
  )
  return `Changes in the articles’ words: ${said.join('; ')}. The articles give no rate.`
}

const list = new Intl.ListFormat('en', { type: 'conjunction' })

/** Shares in more than one quarter: drawn as a dot plot over the quarters (over-quarters.ts). */
const overQuarters = (data: MarketShareData | null) => (data?.periods.length ?? 0) > 1

const axisOf = (index: Parameters<typeof shareScale>[0]) => ({
  domainMax: shareScale(index),
  formatTick: (v: number) => formatAmount(v, 'percent'),
})

/**
 * Horizontal bars, largest share first, each labelled with its value; derived shares say so. Under a
 * bar, the change the articles state for it, in their words, with a triangle the way it went. Shares in
 * several quarters are a dot plot of each company's shares over them.
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
    overQuarters(data)
      ? `${quartersWords(data!, index)} · share of the cloud infrastructure market${omittedWords(data!)}${scopeSuffix(scope, { periods: false })}`
      : data
        ? `${markedPeriodKey(data.period, sharesOf(data, index))} · share of the cloud infrastructure market${scopeSuffix(scope, { periods: false })}`
        : '',
  summary: (data, index) =>
    data
      ? [
          overQuarters(data)
            ? quartersSummary(data!, index)
            : `${markedPeriodKey(data.period, sharesOf(data, index))} cloud infrastructure market share: ${data.points.map((p) => shareWords(p, index)).join(', ')}.`,
          directionWords(data.points),
        ]
          .filter(Boolean)
          .join(' ')
      : '',
  context: (data, index) => {
    if (overQuarters(data)) return quartersContext(data!, index)
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
  bars: (data, index) =>
    overQuarters(data)
      ? quartersBars(data!, index, axisOf(index))
      : {
          prefer: 'rows',
          input: {
            items: (data?.points ?? []).map((p) => ({
              key: p.factId,
              label: [rowName(p, index)],
              bars: present([
                barSpecOf(index.factById.get(p.factId)!, p.name),
                p.change && directionSpecOf(p.change, p.name),
              ]),
            })),
            ...axisOf(index),
            axis: true,
          },
        },
})
