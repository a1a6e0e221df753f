import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/chromium.ts'

const port = Number(process.env.E2E_PORT ?? 4173)
/** BASE_PATH=/dashboards/cloud/ serves the same build from a sub-path, as a plain static host would. */
const basePath = process.env.BASE_PATH ?? '/'
const subPath = basePath !== '/'
/**
 * From a sub-path only the tests tagged @subpath run: one for each kind of URL the sub-path changes (the page's
 * assets, the data and lazy chunks, an embed page without script, the resize script, the data package, the font
 * an SVG export embeds) and for the page's own URL written and reopened. The rest (filters, evidence, slides,
 * accessibility, robustness, XSS) does the same whatever the path, as would a second test of the same URL.
 * E2E_ALL=1 runs them all.
 */
const grep = subPath && !process.env.E2E_ALL ? /@subpath/ : undefined
/**
 * E2E_FIXTURE=1 runs e2e/with-fixture-article/ alone, against a build of a scratch copy of the data with a fixture
 * article added (scripts/test-fixture-article.sh): E2E_DIST names that build, DATASET_DIR its data.
 */
const fixture = !!process.env.E2E_FIXTURE
const dist = process.env.E2E_DIST ? ` --outDir ${process.env.E2E_DIST}` : ''
const report = fixture ? 'e2e-fixture' : subPath ? 'e2e-subpath' : 'e2e'

export default defineConfig({
  testDir: fixture ? 'e2e/with-fixture-article' : 'e2e',
  // What exists only in `npm run dev` (the review page) runs against the dev server: playwright.dev.config.ts.
  testIgnore: fixture ? [] : ['dev-server/**', 'with-fixture-article/**'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // No retries, in CI either: a test that passes only on its second try is a failure to fix, not to hide.
  retries: 0,
  // One per core of the 2-core machines the suite is budgeted for: 3 workers were measured no faster to speak of
  // (docs/testing.md) and made page loads outlast their waits.
  workers: 2,
  grep,
  // Generous, for a busy machine: a web-first assertion waits for a state, and only a test that fails waits this long.
  // A test follows one reader's journey through a few views (a page load is the dearest step), hence a minute.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `reports/${report}.json` }]],
  use: {
    baseURL: `http://localhost:${port}${basePath}`,
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
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS } },
    },
  ],
  webServer: {
    // E2E_BUILT=1 (npm test, which builds first) serves dist/ as it is; otherwise the run builds it.
    command: `${process.env.E2E_BUILT ? '' : 'node_modules/.bin/vite build --logLevel warn && '}node_modules/.bin/vite preview --port ${port} --strictPort --base ${basePath}${dist}`,
    url: `http://localhost:${port}${basePath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
