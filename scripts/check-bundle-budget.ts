// The size budget `npm test` enforces: the JS the app fetches before its first chart responds (drawn, and the page's
// script in charge of it; the app's charts are drawn by the HTML itself, so being drawn alone would count nothing) may
// be at most 0.75× the bench baseline's (gzip), the same stack with nothing of the app's own. Measured in headless Chromium, so it counts
// whatever the page really loads first (the HTML's scripts and modulepreloads, their imports, a chunk imported at
// start), not what a reading of index.html guesses. Sizes only, no timings: the verdict is the same on every machine.
//   npx tsx scripts/check-bundle-budget.ts [--no-build]   (--no-build reuses dist/ and bench/baseline/dist/)
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildApp, buildBaseline } from '../bench/lib/build.ts'
import { checkJsGzipBudget, type Sizes } from '../bench/lib/bundle-size.ts'
import { measureFirstLoad, type FirstLoad } from '../bench/lib/first-load.ts'
import { APP_DIST, APP_PREVIEW, BASELINE_DIST, BASELINE_PREVIEW } from '../bench/lib/paths.ts'
import { killAll } from '../bench/lib/processes.ts'
import { startPreview, type PreviewServer } from '../bench/lib/servers.ts'
import { launchChromium } from './chromium.ts'

const bytes = (n: number) => `${n.toLocaleString('en-US')} B`
const sizes = (s: Sizes) =>
  `raw ${bytes(s.raw).padStart(11)}  gzip ${bytes(s.gzip).padStart(11)}  brotli ${bytes(s.brotli).padStart(11)}`

const jsFiles = (load: FirstLoad) => load.files.filter((f) => f.kind === 'js')

/** The total, then each file, in one column layout for both builds. */
function describe(name: string, load: FirstLoad, width: number): string[] {
  const js = jsFiles(load)
  return [
    `${name.padEnd(width)}  ${sizes(load.js)}   (${js.length} JS file${js.length === 1 ? '' : 's'})`,
    ...js.map((f) => `  ${f.path.padEnd(width - 2)}  ${sizes(f.sizes)}`),
  ]
}

function requireBuilt(dir: string): void {
  if (!existsSync(resolve(dir, 'index.html')))
    throw new Error(`${dir}/index.html not found: build first or drop --no-build`)
}

/** Serves each build, loads it once in Chromium, and returns what was fetched before its first chart responded. */
async function measure(): Promise<{ baseline: FirstLoad; app: FirstLoad }> {
  const servers: PreviewServer[] = []
  const browser = await launchChromium()
  try {
    const [baselineServer, appServer] = await Promise.all([startPreview(BASELINE_PREVIEW), startPreview(APP_PREVIEW)])
    servers.push(baselineServer, appServer)
    return {
      baseline: await measureFirstLoad(browser, baselineServer.url),
      app: await measureFirstLoad(browser, appServer.url),
    }
  } finally {
    await browser.close()
    servers.forEach((s) => s.stop())
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } })
  if (values['no-build']) {
    ;[BASELINE_DIST, APP_DIST].forEach(requireBuilt)
  } else {
    // One after the other: two Vite builds at once only fight over the same cores.
    await buildBaseline()
    await buildApp()
  }
  const { baseline, app } = await measure()
  const verdict = checkJsGzipBudget(app.js, baseline.js)
  const ratio = (kind: keyof Sizes) => `${kind} ${(app.js[kind] / baseline.js[kind]).toFixed(2)}×`
  console.log('JS fetched before the first chart responds (headless Chromium, one cold load each):\n')
  const width = Math.max(...[baseline, app].flatMap(jsFiles).map((f) => f.path.length + 2))
  console.log([...describe('baseline', baseline, width), '', ...describe('app', app, width)].join('\n'))
  console.log(`\napp / baseline: ${(['raw', 'gzip', 'brotli'] as const).map(ratio).join(', ')}`)
  console.log(
    `gzip ratio ${verdict.ratio.toFixed(3)} (budget ≤ ${verdict.limit.toFixed(2)}): ${verdict.pass ? 'pass' : 'FAIL'}` +
      (verdict.pass ? '' : ` — the app is ${bytes(app.js.gzip - Math.floor(baseline.js.gzip * verdict.limit))} over`),
  )
  if (!verdict.pass) process.exitCode = 1
}

// Preview servers must not outlive the check, whatever ends it.
process.on('exit', killAll)

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(2)
})
