import { defineConfig, devices } from '@playwright/test'
import { existsSync } from 'node:fs'

/**
 * Chromium: CHROMIUM_PATH if set, else the system's (Debian's /usr/bin/chromium),
 * else Playwright's own download (undefined lets Playwright pick it).
 */
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync)

// Flags for running as root in a container with no outside network.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const port = Number(process.env.E2E_PORT ?? 4173)
/** BASE_PATH=/dashboards/cloud/ serves the same build from a sub-path, as a plain static host would. */
const basePath = process.env.BASE_PATH ?? '/'

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: `test-results/e2e${basePath === '/' ? '' : '-subpath'}.json` }]],
  use: {
    baseURL: `http://localhost:${port}${basePath}`,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } },
    },
  ],
  webServer: {
    command: `node_modules/.bin/vite build --logLevel warn && node_modules/.bin/vite preview --port ${port} --strictPort --base ${basePath}`,
    url: `http://localhost:${port}${basePath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
