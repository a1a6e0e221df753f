/**
 * Screenshots of the dashboard for the docs: `npm run screenshots`.
 *
 * Builds the app (vite build), serves dist/ with vite preview on a free port,
 * and writes viewport-sized PNGs to docs/screenshots/:
 *   dashboard-1440x900.png       desktop, the AWS market share selected so the panel shows its evidence
 *   dashboard-375x812.png        phone, the same selection, the panel as a bottom sheet
 *   dashboard-dark-1440x900.png  desktop, dark theme, the same selection
 *   export-menu-1440x900.png     desktop, the same selection, the market share's Export menu open
 *   ignored-notice-1440x900.png  desktop, opened from a link with 200 junk company values and an unknown parameter
 *   slide-<n>-1920x1080.png      presentation mode, each slide at full HD (slide 1 with Microsoft Azure selected)
 *   embed-layoffs-320x180.png    the layoff chart in a 320×180 embed
 *   embed-transparent-640x360.png  a transparent, dark market-share embed over a dark, coloured host page
 * The preview server is stopped at the end, also when something fails.
 */
import type { Browser, Page } from '@playwright/test'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from './chromium.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name: string) => join(root, 'node_modules', '.bin', name)
const outDir = join(root, 'docs', 'screenshots')

interface Shot {
  file: string
  viewport: { width: number; height: number }
  mobile?: boolean
  theme?: 'light' | 'dark'
  /** The query string to open, e.g. "?company=aws". */
  query?: string
  /** A page of the app to open instead of the dashboard, relative to it: "embed-layoffs.html?…". */
  path?: string
  /** A host page to put the app's page in, as an iframe whose src is the page's URL. */
  host?: (src: string) => string
  /** What the reader does before the picture: by default, wait for the dashboard and select the AWS market share. */
  prepare?: (page: Page) => Promise<void>
}

const SLIDE = { width: 1920, height: 1080 }
// A built page's chart is on screen before the app runs; the shot waits for the app to have taken it over
// (and laid it out for the frame's size), which is what a reader sees once the page has loaded.
const TAKEN_OVER_CHART = '#root:not([aria-busy]) svg[data-chart]'
const chartDrawn = (page: Page) => page.locator(TAKEN_OVER_CHART).first().waitFor()

const DESKTOP = { width: 1440, height: 900 }
const JUNK = Array.from({ length: 200 }, (_, i) => `x${i}`).join(',')

const SHOTS: Shot[] = [
  { file: 'dashboard-1440x900.png', viewport: DESKTOP },
  { file: 'dashboard-375x812.png', viewport: { width: 375, height: 812 }, mobile: true },
  { file: 'dashboard-dark-1440x900.png', viewport: DESKTOP, theme: 'dark' },
  { file: 'export-menu-1440x900.png', viewport: DESKTOP, prepare: openExportMenu },
  {
    file: 'ignored-notice-1440x900.png',
    viewport: DESKTOP,
    query: `?company=aws,${JUNK}&utm_source=newsletter`,
    prepare: (page) => page.getByRole('status').filter({ hasText: 'Some of this link was ignored' }).waitFor(),
  },
  ...[1, 2, 3].map((slide): Shot => ({
    file: `slide-${slide}-1920x1080.png`,
    viewport: SLIDE,
    path: `?view=present&slide=${slide}`,
    prepare: async (page) => {
      // The slide's own chart: the prerendered dashboard's is on screen until the deck replaces it.
      await page.locator('[aria-roledescription="slide deck"] svg[data-chart]').waitFor()
      if (slide === 1) await page.getByRole('button', { name: /^Microsoft Azure: / }).click()
    },
  })),
  {
    file: 'embed-layoffs-320x180.png',
    viewport: { width: 320, height: 180 },
    path: 'embed-layoffs.html?view=embed&chart=layoffs',
    prepare: chartDrawn,
  },
  {
    file: 'embed-transparent-640x360.png',
    viewport: { width: 720, height: 440 },
    path: 'embed-market-share.html?view=embed&chart=market-share&theme=dark&bg=transparent',
    host: (src) =>
      // A dark host declares it (color-scheme): a transparent dark embed then shows the page through.
      `<html style="color-scheme:dark"><body style="margin:0;padding:40px;background:linear-gradient(135deg,#7c3aed,#0ea5e9)"><iframe src="${src}" title="Market share" width="640" height="360" style="border:0;display:block"></iframe></body></html>`,
    prepare: (page) => page.frameLocator('iframe').locator(TAKEN_OVER_CHART).waitFor(),
  },
]

function build() {
  console.log('Building the app (vite build)…')
  const result = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`vite build failed (exit code ${result.status})`)
}

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/** Starts vite preview (the binary itself, not npx, so killing it stops the server). */
function startPreview(port: number): ChildProcess {
  const server = spawn(bin('vite'), ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk))
  return server
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000}s`)
}

function stopPreview(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve()
  return new Promise((resolveStop) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 5000)
    server.once('exit', () => {
      clearTimeout(force)
      resolveStop()
    })
    server.kill('SIGTERM')
  })
}

const marketShare = (page: Page) => page.getByRole('region', { name: 'Cloud infrastructure market share' })

/** Selects the AWS market share the way a reader does, and waits for its evidence (beside the charts or in the sheet). */
async function selectAwsShare(page: Page) {
  await marketShare(page)
    .getByRole('button', { name: /^AWS: / })
    .click()
  await page.getByRole('blockquote').first().waitFor()
}

/** The dashboard loaded, then the AWS share selected. */
async function selectOnDashboard(page: Page) {
  await page.getByRole('heading', { name: /^All facts/ }).waitFor()
  await selectAwsShare(page)
}

/** The AWS share selected, then the market share's Export menu open. */
async function openExportMenu(page: Page) {
  await selectOnDashboard(page)
  await marketShare(page)
    .getByRole('button', { name: /^Export/ })
    .click()
  await page.getByRole('menu').waitFor()
}

async function capture(browser: Browser, baseUrl: string, shot: Shot) {
  const context = await browser.newContext({
    viewport: shot.viewport,
    deviceScaleFactor: 1,
    isMobile: shot.mobile ?? false,
    hasTouch: shot.mobile ?? false,
    colorScheme: shot.theme ?? 'light',
    reducedMotion: 'reduce',
  })
  try {
    const page = await context.newPage()
    const query = shot.query ?? (shot.theme === 'dark' ? '?theme=dark' : '')
    const url = new URL(`./${shot.path ?? query}`, baseUrl).href
    if (shot.host) await page.setContent(shot.host(url))
    else await page.goto(url)
    await (shot.prepare ?? selectOnDashboard)(page)
    // The selection scrolls the mark into view; screenshots start from the top of the page.
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(200)
    const path = join(outDir, shot.file)
    await page.screenshot({ path, fullPage: false })
    console.log(`Wrote ${path}`)
  } finally {
    await context.close()
  }
}

async function main() {
  build()
  mkdirSync(outDir, { recursive: true })
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}/`
  const server = startPreview(port)
  // Ctrl+C or a kill: stop the server before leaving.
  const stop = () => void stopPreview(server).finally(() => process.exit(130))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  let browser: Browser | undefined
  try {
    await waitForServer(baseUrl, server)
    console.log(`Serving dist/ at ${baseUrl}`)
    browser = await launchChromium()
    for (const shot of SHOTS) await capture(browser, baseUrl, shot)
  } finally {
    await browser?.close()
    await stopPreview(server)
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
