// npm run article:add: runs cli.ts from one bundled file kept in node_modules/.cache/article-cli/, bundled again
// whenever a file it was bundled from changes. Plain node loads the bundle in a fraction of the time tsx takes to
// start and to load the same TypeScript module by module (decision 0030). Plain JavaScript, so node runs it as is.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = resolve(import.meta.dirname, '../..')
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'article-cli')
const MANIFEST = join(CACHE_DIR, 'inputs.json')
const ENTRY = 'scripts/article/cli.ts'
const SELF = fileURLToPath(import.meta.url)

/**
 * A hash of the bundle's own inputs (paths relative to the project), of this file, which says how to bundle, and
 * of package-lock.json for the libraries bundled: hashing their 435 files instead took 40 ms of every run.
 */
function keyOf(inputs) {
  const hash = createHash('sha256')
  const own = inputs.filter((f) => !f.startsWith('node_modules/'))
  for (const file of [SELF, join(ROOT, 'package-lock.json'), ...own.map((f) => join(ROOT, f))])
    hash.update(file).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex').slice(0, 16)
}

const bundleFile = (key) => join(CACHE_DIR, `${key}.mjs`)

/** The kept bundle, if every file it was made from is as it was then; else null. */
function keptBundle() {
  try {
    const file = bundleFile(keyOf(JSON.parse(readFileSync(MANIFEST, 'utf8'))))
    return existsSync(file) ? file : null
  } catch {
    return null // no bundle yet, or one of its files is gone
  }
}

// Inside the bundle every module would see the bundle's own import.meta: each keeps its own file's instead. A
// module's own CommonJS require (compromise's and chrono's builds, decision 0030) becomes the bundle's, so those
// libraries are bundled too: chrono's 267 files loaded one by one took 150–260 ms, bundled 60 ms.
const ownImportMeta = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes('/node_modules/')) return undefined
      const contents = readFileSync(args.path, 'utf8')
        .replace(/^const require = createRequire\(import\.meta\.url\)$/m, '')
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
      return { contents, loader: 'ts' }
    })
  },
}

/** Bundles cli.ts into one file (jsdom, for saved pages only, stays a dynamic import), and keeps it. */
async function bundle() {
  const { build } = await import('esbuild')
  mkdirSync(CACHE_DIR, { recursive: true })
  const temporary = join(CACHE_DIR, `bundle.${process.pid}.partial`)
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jsdom'],
    // The CommonJS code bundled (the yaml writer's, chrono's) requires node's own modules, such as "process".
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    plugins: [ownImportMeta],
    metafile: true,
    logLevel: 'warning',
  })
  const inputs = Object.keys(metafile.inputs).sort()
  const key = keyOf(inputs)
  // Renamed into place, so another run never reads half a file.
  renameSync(temporary, bundleFile(key))
  writeFileSync(`${MANIFEST}.${process.pid}`, JSON.stringify(inputs))
  renameSync(`${MANIFEST}.${process.pid}`, MANIFEST)
  // Older bundles go; another run's bundle still being written (a .partial file) stays.
  for (const old of readdirSync(CACHE_DIR).filter((f) => f.endsWith('.mjs') && f !== `${key}.mjs`))
    rmSync(join(CACHE_DIR, old), { force: true })
  return bundleFile(key)
}

await import(pathToFileURL(keptBundle() ?? (await bundle())).href)
