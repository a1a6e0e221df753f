import { CHARTS, type ChartId } from '../../config/charts'
import { formatAmount } from '../../lib/format'
import { formatPeriodKey } from '../../lib/period'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { Fact } from '../dataset/schema'
import type { ChartDataRow } from './components/ChartDataTable'
import {
  selectAwsResults,
  selectLayoffs,
  selectMarketShare,
  type LayoffData,
  type MarketShareData,
  type ResultsRow,
} from './select-chart-data'
import { sourceLine } from './source-line'
import { formatPeriod, formatValue } from '../dataset/format-fact'

interface ModelBase {
  id: ChartId
  title: string
  subtitle: string
  /** Every fact the chart draws or states, in reading order: the export's rows. */
  facts: Fact[]
  source: string
  summary: string
  rows: ChartDataRow[]
  /** Why nothing is drawn, or null when there is something to draw. */
  empty: string | null
}

export type ChartModel =
  | (ModelBase & { id: 'market-share'; data: MarketShareData | null })
  | (ModelBase & { id: 'aws-results'; data: ResultsRow[] })
  | (ModelBase & { id: 'layoffs'; data: LayoffData })

const rowOf = (f: Fact): ChartDataRow => ({
  label: f.label,
  value: formatValue(f.value),
  period: formatPeriod(f.period),
  note:
    f.value.kind === 'derived' ? `derived: ${f.value.formula}` : f.value.kind === 'stated' ? undefined : f.value.kind,
})

const present = <T>(items: (T | null | undefined)[]) => items.filter((x): x is T => x != null)

function base(id: ChartId, index: DatasetIndex, facts: Fact[], subtitle: string, summary: string, empty: string) {
  return {
    title: CHARTS[id].title,
    subtitle,
    facts,
    source: facts.length ? sourceLine(index, facts) : '',
    // Nothing drawn, nothing to summarise: the empty message speaks instead.
    summary: facts.length ? summary : '',
    rows: facts.map(rowOf),
    empty: facts.length ? null : empty,
  }
}

function marketShareModel(index: DatasetIndex, filtered: readonly Fact[]): ChartModel {
  const data = selectMarketShare(index, filtered)
  const facts = data
    ? present([...data.points.map((p) => index.factById.get(p.factId)), data.spending, data.spendingGrowth])
    : []
  const period = data ? formatPeriodKey(data.period) : ''
  const summary = data
    ? `${period} cloud infrastructure market share: ${data.points.map((p) => `${p.name} ${p.amount === null ? 'not reported' : formatAmount(p.amount, 'percent')}${p.kind === 'derived' ? ' (derived)' : ''}`).join(', ')}.`
    : ''
  return {
    id: 'market-share',
    data,
    ...base(
      'market-share',
      index,
      facts,
      period ? `${period} · share of the cloud infrastructure market` : '',
      summary,
      'No market-share figures match the current filters.',
    ),
  }
}

function awsResultsModel(index: DatasetIndex, filtered: readonly Fact[]): ChartModel {
  const data = selectAwsResults(index, filtered)
  const facts = present(data.flatMap((r) => [r.revenue, r.operatingProfit, r.margin]))
  const summary = data
    .map(
      (r) =>
        `${formatPeriodKey(r.period)}: ${present([r.revenue, r.operatingProfit, r.margin])
          .map((f) => `${f.label} ${formatValue(f.value)}${f.value.kind === 'derived' ? ' (derived)' : ''}`)
          .join(', ')}`,
    )
    .join('; ')
  const periods = data.map((r) => formatPeriodKey(r.period))
  const subtitle = periods.length
    ? `${periods.length === 1 ? periods[0] : `${periods[0]} – ${periods.at(-1)}`} · Amazon Web Services`
    : ''
  return {
    id: 'aws-results',
    data,
    ...base(
      'aws-results',
      index,
      facts,
      subtitle,
      `AWS results. ${summary}.`,
      'No AWS revenue or profit figures match the current filters.',
    ),
  }
}

function layoffsSubtitle({ waves, omitted }: LayoffData): string {
  if (!omitted) return 'Job cuts announced by Amazon and AWS, in time order'
  return `The ${waves.length} most recent of ${waves.length + omitted} waves, in time order; the table lists them all`
}

function layoffsModel(index: DatasetIndex, filtered: readonly Fact[]): ChartModel {
  const data = selectLayoffs(index, filtered)
  const facts = [...data.waves.map((w) => w.fact), ...data.totals]
  const summary = `Layoff waves in time order: ${data.waves.map((w) => `${formatPeriod(w.fact.period)}, ${w.label}: ${formatValue(w.fact.value)}${w.kind === 'derived' ? ' (derived)' : ''}`).join('; ')}.`
  return {
    id: 'layoffs',
    data,
    ...base('layoffs', index, facts, layoffsSubtitle(data), summary, 'No layoff figures match the current filters.'),
  }
}

const BUILDERS = {
  'market-share': marketShareModel,
  'aws-results': awsResultsModel,
  layoffs: layoffsModel,
} as const satisfies Record<ChartId, (index: DatasetIndex, facts: readonly Fact[]) => ChartModel>

/** What a chart shows under the current filters: its data, facts, source line and text alternative. */
export function buildChartModel(id: ChartId, index: DatasetIndex, facts: readonly Fact[]): ChartModel {
  return BUILDERS[id](index, facts)
}
