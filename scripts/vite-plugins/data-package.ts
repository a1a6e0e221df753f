import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { parse } from 'yaml'
import { ArticleTexts, Dataset, Evidence } from '../../src/domain/schema.ts'
import { PACKAGE_DIR, PACKAGE_ZIP } from '../../src/config/site-files.ts'
import type { DataRelease } from '../../src/config/release.ts'
import { buildDataset } from '../dataset/build-dataset.ts'
import { ClaimsFile } from '../dataset/claims.ts'
import { dataDir, formatErrors, readSources } from '../dataset/load-sources.ts'
import { buildDataPackage, type DataPackage } from '../data-package/build-package.ts'
import { citedChartsOf, loadCitedCharts } from '../data-package/cited-charts.ts'
import { dataRelease } from '../data-package/release.ts'
import type { PackageSources } from '../data-package/table-rows.ts'
import { validatePackage } from '../data-package/validate-package.ts'
import { zipPackage } from '../data-package/zip-package.ts'

/** The package built from a data folder, or the dataset's own errors. */
function packageFromDir(
  dir: string,
  release: DataRelease,
  charts: PackageSources['charts'],
): DataPackage | { errors: string[] } {
  const sources = readSources(dir)
  const built = buildDataset(sources)
  if (!built.ok) return { errors: built.errors }
  return buildDataPackage({ ...built, claims: ClaimsFile.parse(sources.claims), charts }, release)
}

/**
 * Builds the data package with the site: data/package/ (datapackage.json, the five CSVs, README.md)
 * and the zip readers download, validated against the standard's profiles before it is written (a
 * package that fails them fails the build). It also states the release (the day the data changed,
 * the version, the public URL) to the app as __DATA_RELEASE__. Nothing here ships in the bundle.
 */
export function dataPackagePlugin({ publicUrl }: { publicUrl?: string } = {}): Plugin {
  let config: ResolvedConfig
  let release: DataRelease
  return {
    name: 'data-package',
    config(user) {
      const root = user.root ?? process.cwd()
      release = dataRelease(root, dataDir(root), publicUrl)
      return { define: { __DATA_RELEASE__: JSON.stringify(release) } }
    },
    configResolved(resolved) {
      config = resolved
    },
    // After the dataset plugin (listed before this one): the package is made from the files it emitted,
    // the very bytes the site serves, rather than from a second build of the dataset.
    async generateBundle(_, bundle) {
      if (config.build.ssr) return
      const asset = (name: string) => {
        const file = bundle[name]
        if (file?.type !== 'asset') this.error(`${name} is not in the build: list the dataset plugin before this one`)
        return JSON.parse(String(file.source)) as unknown
      }
      const claims = ClaimsFile.parse(parse(readFileSync(join(dataDir(config.root), 'claims.yaml'), 'utf8')))
      const pkg = buildDataPackage(
        {
          dataset: Dataset.parse(asset('data/dataset.json')),
          evidence: Evidence.parse(asset('data/evidence.json')),
          texts: ArticleTexts.parse(asset('data/articles.json')),
          claims,
          charts: await loadCitedCharts(config.root),
        },
        release,
      )
      const problems = validatePackage((path) => pkg.files.get(path))
      if (problems.length) this.error(`The data package is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
      for (const [name, text] of pkg.files)
        this.emitFile({ type: 'asset', fileName: `${PACKAGE_DIR}/${name}`, source: text })
      this.emitFile({ type: 'asset', fileName: PACKAGE_ZIP, source: await zipPackage(pkg.files, release.updated) })
    },
    configureServer(server) {
      // The dev server builds the package per request, so "Download data" works there too.
      server.middlewares.use(async (req, res, next) => {
        const path = decodeURIComponent(req.url?.split('?')[0] ?? '')
        const file = path.endsWith(`/${PACKAGE_ZIP}`)
          ? 'zip'
          : path.match(new RegExp(`/${PACKAGE_DIR}/([\\w.-]+)$`))?.[1]
        if (!file) return next()
        const pkg = packageFromDir(dataDir(config.root), release, await citedChartsOf(server.ssrLoadModule))
        if ('errors' in pkg) {
          res.statusCode = 500
          return res.end(formatErrors(pkg.errors))
        }
        const body = file === 'zip' ? await zipPackage(pkg.files, release.updated) : pkg.files.get(file)
        if (body === undefined) return next()
        res.setHeader(
          'Content-Type',
          file === 'zip'
            ? 'application/zip'
            : file.endsWith('.csv')
              ? 'text/csv; charset=utf-8'
              : file.endsWith('.json')
                ? 'application/json'
                : 'text/markdown; charset=utf-8',
        )
        res.end(body)
      })
    },
  }
}
