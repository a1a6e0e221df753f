import type { Plugin } from 'vite'
import type { BuildResult } from '../dataset/build-dataset.ts'
import { buildFromDir, dataDir, formatErrors } from '../dataset/load-sources.ts'

/** The files the build writes, and what each holds of a build's result. */
const DATA_FILES = {
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
  let checked: BuildResult | null = null
  return {
    name: 'dataset',
    // A build checks the data before it bundles anything: a data error is then the build's only error,
    // where a check during the build left later steps (the prerender) to fail on the files it never wrote.
    configResolved(config) {
      dir = dataDir(config.root)
      if (config.command !== 'build') return
      checked = buildFromDir(dir)
      if (!checked.ok) throw new Error(formatErrors(checked.errors))
    },
    buildStart() {
      this.addWatchFile(dir)
    },
    // No preload of the data from the HTML: the built page draws its charts without it, and a preload
    // (megabytes at scale) would compete with the CSS and scripts the first paint waits for.
    generateBundle() {
      // The data checked at the start, once; a rebuild in watch mode reads data/ again.
      const result = checked ?? buildFromDir(dir)
      checked = null
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
        const result = buildFromDir(dir)
        res.setHeader('Content-Type', result.ok ? 'application/json' : 'text/plain; charset=utf-8')
        res.statusCode = result.ok ? 200 : 500
        if (!result.ok) return res.end(formatErrors(result.errors))
        res.end(JSON.stringify(DATA_FILES[file](result)))
      })
    },
  }
}
