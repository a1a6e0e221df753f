import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import type { BuildResult } from '../dataset/build-dataset.ts'
import { buildFromDir, dataDir, formatErrors } from '../dataset/load-sources.ts'

/** The files the build writes, and what each holds of a build's result. */
const DATA_FILES = {
  'data/dataset.json': (r) => r.dataset,
  'data/evidence.json': (r) => r.evidence,
  'data/articles.json': (r) => r.texts,
} as const satisfies Record<string, (result: Extract<BuildResult, { ok: true }>) => unknown>

/** What the build reads of a data folder, as one digest: equal digests build the same dataset. */
function sourcesDigest(dir: string): string {
  const hash = createHash('sha256')
  const raw = join('sources', 'raw')
  const files = ['facts.yaml', 'claims.yaml', join('sources', 'articles.yaml')]
  try {
    files.push(
      ...readdirSync(join(dir, raw))
        .sort()
        .map((f) => join(raw, f)),
    )
    for (const file of files)
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(join(dir, file)))
        .update('\0')
  } catch (e) {
    // A file the build cannot read either: the reload shows its error.
    hash.update(String(e))
  }
  return hash.digest('hex')
}

/**
 * Builds and validates the dataset with the app: `vite build` fails on bad
 * data and emits data/dataset.json, the quotes (data/evidence.json) and the
 * article texts (data/articles.json); the dev server rebuilds them per request,
 * so an edit to data/ shows on reload (and a broken edit shows its error in the page).
 * A write that leaves the data as it was (a review save the checks refuse puts every
 * byte back) reloads nothing, so the review page keeps the checks' messages on screen.
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
      let digest = sourcesDigest(dir)
      server.watcher.on('change', (file) => {
        if (!file.startsWith(dir)) return
        const now = sourcesDigest(dir)
        if (now === digest) return
        digest = now
        server.ws.send({ type: 'full-reload' })
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
