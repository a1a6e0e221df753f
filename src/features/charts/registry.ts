import { awsResultsChart } from './aws-results/chart'
import type { RegisteredChart } from './define-chart'
import { layoffsChart } from './layoffs/chart'
import { marketShareChart } from './market-share/chart'

/** Chart ids, as used in URLs (embeds, slides) and file names, in dashboard and deck order. */
export const CHART_IDS = ['market-share', 'aws-results', 'layoffs'] as const
export type ChartId = (typeof CHART_IDS)[number]

/** Every chart's definition. Adding a chart: a folder with its definition, its id above and one entry here. */
export const CHART_REGISTRY = {
  'market-share': marketShareChart,
  'aws-results': awsResultsChart,
  layoffs: layoffsChart,
} as const satisfies Record<ChartId, RegisteredChart>
