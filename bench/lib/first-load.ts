import type { Browser, Response } from '@playwright/test'
import { compressedSizes, sumSizes, type Sizes } from './bundle-size.ts'
import { firstChart, openProbedPage, ready } from './measure.ts'

export type FileKind = 'js' | 'css' | 'json'

export interface FetchedFile {
  /** The path on the server, from its root (e.g. /assets/index-abc123.js). */
  path: string
  kind: FileKind
  sizes: Sizes
}

/** What a cold load fetched before its first chart responded. */
export interface FirstLoad {
  js: Sizes
  css: Sizes
  /** Data fetched before a chart responds, and before the first chart mark was in the page. */
  json: Sizes
  jsonBeforeFirstChart: Sizes
  files: FetchedFile[]
}

/** By what the server says it sent, not by the file name. */
function kindOf(response: Response): FileKind | undefined {
  const type = response.headers()['content-type'] ?? ''
  if (/javascript|ecmascript/i.test(type)) return 'js'
  if (/text\/css/i.test(type)) return 'css'
  if (/json/i.test(type)) return 'json'
  return undefined
}

/**
 * The body the server sent. A worker's script is fetched by the worker, whose responses Playwright reports without
 * their bodies: that one is fetched again from the same server (a static file, the same bytes).
 */
const bodyOf = (response: Response): Promise<Buffer> =>
  response.body().catch(async () => Buffer.from(await (await fetch(response.url())).arrayBuffer()))

/**
 * One cold load in headless Chromium: the JS, CSS and JSON files whose responses had arrived when the first chart
 * responded (drawn, and the page's script in charge of it: a prerendered chart counts once the app has taken it
 * over), from Resource Timing, each sized from the body the server sent. What the page fetches later (lazy chunks
 * for dialogs, slides, export) does not count; what it fetched in parallel does.
 */
export async function measureFirstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const { context, page, errors } = await openProbedPage(browser)
  try {
    const responses = new Map<string, Response>()
    page.on('response', (r) => void responses.set(r.url(), r))
    await page.goto(url, { waitUntil: 'load' })
    const beforeFirstChart = new Set((await firstChart(page, errors)).fetched)
    const { fetched } = await ready(page, errors)
    const files: FetchedFile[] = []
    for (const name of fetched) {
      const response = responses.get(name)
      const kind = response && kindOf(response)
      if (!kind) continue
      files.push({ path: new URL(name).pathname, kind, sizes: compressedSizes(await bodyOf(response)) })
    }
    const total = (kind: FileKind, of = files) => sumSizes(of.filter((f) => f.kind === kind).map((f) => f.sizes))
    const early = files.filter((f) => beforeFirstChart.has(new URL(f.path, url).href))
    return {
      js: total('js'),
      css: total('css'),
      json: total('json'),
      jsonBeforeFirstChart: total('json', early),
      files,
    }
  } finally {
    await context.close()
  }
}
