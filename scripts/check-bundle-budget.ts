// CI's size budget: the app's initial JS (gzip) may be at most 1.25× the bench baseline's, the same stack with
// nothing of the app's own. Sizes only, no timings, so the verdict is the same on every machine.
//   npx tsx scripts/check-bundle-budget.ts [--no-build]   (--no-build reuses dist/ and bench/baseline/dist/)
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { buildApp, buildBaseline } from '../bench/lib/build.ts'
import { checkJsGzipBudget, measureInitialBundle, type InitialBundle } from '../bench/lib/bundle-size.ts'
import { APP_DIST, BASELINE_DIST } from '../bench/lib/paths.ts'

const bytes = (n: number) => `${n.toLocaleString('en-US')} B`

function describe(name: string, bundle: InitialBundle): string {
  const files = bundle.files.filter((f) => f.kind === 'js').map((f) => f.href)
  return `${name.padEnd(9)} initial JS gzip ${bytes(bundle.js.gzip).padStart(11)}  (raw ${bytes(bundle.js.raw)}; ${files.join(', ')})`
}

function requireBuilt(dir: string): void {
  if (!existsSync(resolve(dir, 'index.html')))
    throw new Error(`${dir}/index.html not found: build first or drop --no-build`)
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
  const baseline = measureInitialBundle(BASELINE_DIST)
  const app = measureInitialBundle(APP_DIST)
  const verdict = checkJsGzipBudget(app, baseline)
  console.log(describe('baseline', baseline))
  console.log(describe('app', app))
  console.log(
    `ratio ${verdict.ratio.toFixed(3)} (budget ≤ ${verdict.limit}): ${verdict.pass ? 'pass' : 'FAIL'}` +
      (verdict.pass ? '' : ` — the app is ${bytes(app.js.gzip - Math.floor(baseline.js.gzip * verdict.limit))} over`),
  )
  if (!verdict.pass) process.exitCode = 1
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(2)
})
