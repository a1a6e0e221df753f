import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/chromium.ts'

const port = Number(process.env.E2E_PORT ?? 4173)
/** BASE_PATH=/dashboards/cloud/ serves the same build from a sub-path, as a plain static host would. */
const basePath = process.env.BASE_PATH ?? '/'

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: `reports/e2e${basePath === '/' ? '' : '-subpath'}.json` }]],
  use: {
    baseURL: `http://localhost:${port}${basePath}`,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS } },
    },
  ],
  webServer: {
    command: `node_modules/.bin/vite build --logLevel warn && node_modules/.bin/vite preview --port ${port} --strictPort --base ${basePath}`,
    url: `http://localhost:${port}${basePath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
