import type { Plugin } from 'vite'
import type { BuildResult } from '../dataset/build-dataset.ts'
import { buildFromDir, dataDir, formatErrors } from '../dataset/load-sources.ts'

/** The files the build writes, and what each holds of a build's result. */
export const DATA_FILES = {
  'data/dataset.json': (r) => r.dataset,
  'data/evidence.json': (r) => r.evidence,
  'data/articles.json': (r) => r.texts,
} as const satisfies Record<string, (result: Extract<BuildResult, { ok: true }>) => unknown>

/**
 * Builds and validates the dataset with the app: `vite build` fails on bad
 * data and emits data/dataset.json, the quotes (data/evidence.json) and the
 * article texts (data/articles.json); the dev server rebuilds them per request,
 * so an edit to data/ shows on reload (and a broken edit shows its error in the page).
 */
export function datasetPlugin(): Plugin {
  let dir = ''
  const build = () => buildFromDir(dir)
  return {
    name: 'dataset',
    configResolved(config) {
      dir = dataDir(config.root)
    },
    buildStart() {
      const result = build()
      if (!result.ok) this.error(formatErrors(result.errors))
      this.addWatchFile(dir)
    },
    // No preload of the data from the HTML: the built page draws its charts without it, and a preload
    // (megabytes at scale) would compete with the CSS and scripts the first paint waits for.
    generateBundle() {
      const result = build()
      if (!result.ok) this.error(formatErrors(result.errors))
      for (const [fileName, part] of Object.entries(DATA_FILES))
        this.emitFile({ type: 'asset', fileName, source: JSON.stringify(part(result)) })
    },
    configureServer(server) {
      server.watcher.add(dir)
      server.watcher.on('change', (file) => {
        if (file.startsWith(dir)) server.ws.send({ type: 'full-reload' })
      })
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? ''
        const file = Object.keys(DATA_FILES).find((f) => path.endsWith(`/${f}`)) as keyof typeof DATA_FILES | undefined
        if (!file) return next()
        const result = build()
        res.setHeader('Content-Type', result.ok ? 'application/json' : 'text/plain; charset=utf-8')
        res.statusCode = result.ok ? 200 : 500
        if (!result.ok) return res.end(formatErrors(result.errors))
        res.end(JSON.stringify(DATA_FILES[file](result)))
      })
    },
  }
}
