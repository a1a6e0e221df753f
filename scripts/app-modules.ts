import { createServer } from 'vite'
import { fontMetricsPlugin } from './vite-plugins/font-metrics.ts'

export type LoadModule = (url: string) => Promise<Record<string, unknown>>

/**
 * Runs `run` with the app's modules loadable in Node, through a Vite server: they cannot be imported
 * directly, as each chart's layout reads the text-width tables that the font-metrics plugin generates
 * as virtual modules. The server is closed after.
 */
export async function withAppModules<T>(root: string, run: (load: LoadModule) => Promise<T>): Promise<T> {
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
    return await run(server.ssrLoadModule)
  } finally {
    await server.close()
  }
}
