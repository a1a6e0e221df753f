import { embedPage } from '../../config/site-files.ts'
import { CHART_IDS, CHART_REGISTRY, type ChartId } from '../charts/index.ts'
import type { CitedWork } from '../../domain/citation.ts'

/** A chart as a citation names it: its title, at its own page (the prerendered embed). */
export const citedChart = (id: ChartId): Required<CitedWork> => ({
  chart: { id, title: CHART_REGISTRY[id].title, page: embedPage(id) },
})

/** Every chart, in dashboard order. */
export const citedCharts = () => CHART_IDS.map(citedChart)
