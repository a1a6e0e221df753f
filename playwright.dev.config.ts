import { defineConfig, devices } from '@playwright/test'
import { DEV_PORT, FIXTURE, SCRATCH } from './e2e/dev-server/scratch.ts'
import { E2E_CHROMIUM_FLAGS, e2eChromiumPath } from './scripts/chromium.ts'

/**
 * The tests of what exists only in `npm run dev`: the review page of a draft article. Apart from the built-app
 * runs (playwright.config.ts, which leaves e2e/dev-server/ out), against a dev server on a scratch copy of data/ and
 * the draft article:add proposes for the fixture article. `npm run test:e2e:dev` runs them (E2E_DEV_PORT picks the
 * port, 4176 unless told); `npm test` does not, since starting the intake and a dev server costs more than a minute.
 */
export default defineConfig({
  testDir: 'e2e/dev-server',
  // The tests share the scratch data folder the one server writes: one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-dev.json' }]],
  use: {
    baseURL: `http://localhost:${DEV_PORT}`,
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: e2eChromiumPath(), args: E2E_CHROMIUM_FLAGS },
      },
    },
  ],
  webServer: {
    // A fresh copy of data/, the fixture's draft as article:add writes it, then the dev server on both.
    command: [
      `rm -rf ${SCRATCH.dir} && mkdir -p ${SCRATCH.dir} && cp -R data ${SCRATCH.data}`,
      `DATASET_DIR=${SCRATCH.data} DRAFTS_DIR=${SCRATCH.proposed} node_modules/.bin/tsx scripts/article/cli.ts ${FIXTURE.file} --date ${FIXTURE.date}`,
      `DATASET_DIR=${SCRATCH.data} DRAFTS_DIR=${SCRATCH.drafts} node_modules/.bin/vite --port ${DEV_PORT} --strictPort`,
    ].join(' && '),
    url: `http://localhost:${DEV_PORT}/review.html`,
    // Only a server on the scratch copy will do: one already on the port may write another checkout's data/.
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
