import { awsResultsChart } from './aws-results/chart.ts'
import { layoffsChart } from './layoffs/chart.ts'
import { marketShareChart } from './market-share/chart.ts'

/** Every chart, in dashboard and deck order. Adding a chart: a folder with its definition, and one line here. */
const CHARTS = [marketShareChart, awsResultsChart, layoffsChart] as const

type RegisteredCharts = (typeof CHARTS)[number]
/** Chart ids, as used in URLs (embeds, slides) and file names: each definition's own. */
export type ChartId = RegisteredCharts['id']

export const CHART_IDS: readonly ChartId[] = CHARTS.map((chart) => chart.id)

/** Every chart's definition by its id. */
export const CHART_REGISTRY = Object.fromEntries(CHARTS.map((chart) => [chart.id, chart])) as {
  readonly [Id in ChartId]: Extract<RegisteredCharts, { id: Id }>
}
