/** The dashboard's charts: ids used in URLs (embed, presentation) and in export file names. */
export const CHARTS = {
  'market-share': {
    title: 'Cloud infrastructure market share',
    fileStem: 'cloud-market-share',
  },
  'aws-results': {
    title: 'AWS revenue and operating profit',
    fileStem: 'aws-revenue-operating-profit',
  },
  layoffs: {
    title: 'Amazon layoff waves',
    fileStem: 'amazon-layoff-waves',
  },
} as const satisfies Record<string, { title: string; fileStem: string }>

export type ChartId = keyof typeof CHARTS
export const CHART_IDS = Object.keys(CHARTS) as ChartId[]
