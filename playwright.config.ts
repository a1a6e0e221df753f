import { defineConfig, devices } from '@playwright/test'
import { E2E_CHROMIUM_FLAGS, e2eChromiumPath } from './scripts/chromium.ts'

/*
 * One run, three servers of built pages (`npm test` builds first and sets E2E_BUILT=1; otherwise the run builds):
 * - `root`: every test, served from `/` (E2E_PORT, 4173 unless told).
 * - `subpath`: the same build served from /dashboards/cloud/ (E2E_SUBPATH_PORT, 4174), and only the tests tagged
 *   @subpath: one for each kind of URL a sub-path changes (the page's assets, the data and lazy chunks, an embed page
 *   without script, the resize script, the data package, the font an SVG export embeds) and the page's own URL
 *   written and reopened. The rest does the same whatever the path. E2E_ALL=1 runs them all there.
 * - `fixture-article`: e2e/with-fixture-article/, against a build of a scratch copy of the data with a fixture
 *   article added (E2E_FIXTURE_DIR, which scripts/build-fixture-article.sh fills: data/ and dist/; port
 *   E2E_FIXTURE_PORT, 4175). Without E2E_FIXTURE_DIR this project is left out.
 * One run rather than three: its two workers stay busy to the end instead of idling through three tails and starts.
 */
const port = Number(process.env.E2E_PORT ?? 4173)
const subPathPort = Number(process.env.E2E_SUBPATH_PORT ?? 4174)
const fixturePort = Number(process.env.E2E_FIXTURE_PORT ?? 4175)
const SUB_PATH = '/dashboards/cloud/'
const fixtureDir = process.env.E2E_FIXTURE_DIR

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: e2eChromiumPath(), args: E2E_CHROMIUM_FLAGS },
}
const FIXTURE_TESTS = 'with-fixture-article/*.spec.ts'
// What exists only in `npm run dev` (the review page) runs against the dev server: playwright.dev.config.ts.
const NOT_HERE = ['dev-server/**', FIXTURE_TESTS]

/** A preview server of a build; the first one builds it first unless `npm test` has (E2E_BUILT=1). */
const preview = (at: number, base: string, { build = false, outDir = '', env = {} } = {}) => ({
  command: [
    build && !process.env.E2E_BUILT ? 'node_modules/.bin/vite build --logLevel warn &&' : '',
    `node_modules/.bin/vite preview --port ${at} --strictPort --base ${base}`,
    outDir ? `--outDir ${outDir}` : '',
  ].join(' '),
  url: `http://localhost:${at}${base}`,
  env,
  reuseExistingServer: !process.env.CI,
  timeout: 120_000,
})

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // No retries, in CI either: a test that passes only on its second try is a failure to fix, not to hide.
  retries: 0,
  // One per core of the 2-core machines the suite is budgeted for: 3 workers were measured no faster to speak of
  // (docs/testing.md) and made page loads outlast their waits.
  workers: 2,
  // Generous, for a busy machine: a web-first assertion waits for a state, and only a test that fails waits this long.
  // A test follows one reader's journey through a few views (a page load is the dearest step), hence a minute.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    // Recording a trace costs every test about a fifth of its time, pass or fail: E2E_TRACE=1 turns it on
    // to debug a failure. A failing test always leaves its error, the page's accessibility tree and a screenshot.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    // A service worker precaches the whole build in every new context, and Playwright cannot route what it answers.
    // Only the offline tests, which are about it, let it in.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'root',
      testIgnore: NOT_HERE,
      use: { ...chromium, baseURL: `http://localhost:${port}/` },
    },
    {
      name: 'subpath',
      testIgnore: NOT_HERE,
      grep: process.env.E2E_ALL ? undefined : /@subpath/,
      use: { ...chromium, baseURL: `http://localhost:${subPathPort}${SUB_PATH}` },
    },
    ...(fixtureDir
      ? [
          {
            name: 'fixture-article',
            testMatch: FIXTURE_TESTS,
            use: { ...chromium, baseURL: `http://localhost:${fixturePort}/` },
          },
        ]
      : []),
  ],
  // Started in order: the first builds, when it does, before the others serve that build.
  webServer: [
    preview(port, '/', { build: true }),
    preview(subPathPort, SUB_PATH),
    ...(fixtureDir
      ? [preview(fixturePort, '/', { outDir: `${fixtureDir}/dist`, env: { DATASET_DIR: `${fixtureDir}/data` } })]
      : []),
  ],
})
