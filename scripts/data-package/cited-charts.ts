import { createServer } from 'vite'
import type { CitedWork } from '../../src/domain/citation.ts'
import { fontMetricsPlugin } from '../vite-plugins/font-metrics.ts'

type CitedCharts = () => Required<CitedWork>[]

/**
 * The charts as citations name them, read from the chart registry. The registry cannot be imported
 * from Node directly: each chart's layout reads the text-width tables that the font-metrics plugin
 * generates as a virtual module, so the registry is loaded through a Vite server, as the prerender does.
 */
export async function loadCitedCharts(root: string): Promise<Required<CitedWork>[]> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [fontMetricsPlugin()],
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    return await citedChartsOf(server.ssrLoadModule)
  } finally {
    await server.close()
  }
}

/** The same, from a Vite server already running (the dev server). */
export async function citedChartsOf(load: (url: string) => Promise<Record<string, unknown>>) {
  const { citedCharts } = (await load('/src/features/get-data/cited-charts.ts')) as { citedCharts: CitedCharts }
  return citedCharts()
}
