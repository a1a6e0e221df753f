import type { CitedWork } from '../../src/domain/citation.ts'
import { withAppModules, type LoadModule } from '../app-modules.ts'

type CitedCharts = () => Required<CitedWork>[]

/** The charts as citations name them, read from the chart registry (loaded through a Vite server, as the prerender does). */
export const loadCitedCharts = (root: string): Promise<Required<CitedWork>[]> => withAppModules(root, citedChartsOf)

/** The same, from a Vite server already running (the dev server). */
export async function citedChartsOf(load: LoadModule) {
  const { citedCharts } = (await load('/src/features/get-data/cited-charts.ts')) as { citedCharts: CitedCharts }
  return citedCharts()
}
