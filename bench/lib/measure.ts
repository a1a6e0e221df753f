import type { Browser, BrowserContext, Page } from '@playwright/test'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const PROBE = resolve(dirname(fileURLToPath(import.meta.url)), 'page-probe.js')
// The same window for every page: the layout (how many charts side by side) changes what is drawn.
const VIEWPORT = { width: 1280, height: 800 }
const FIRST_CHART_TIMEOUT_MS = 30_000
// Between two filter clicks: lets the URL be written (at most every 120 ms) before the next click is timed.
const PAUSE_BETWEEN_CLICKS_MS = 150

export interface LoadSample {
  /** Navigation start → first chart with a bar painted. */
  firstChart: number
  /** Navigation start → that chart in the DOM (before the paint). */
  chartInDom: number
  /** Navigation start → a chart that responds (a prerendered page taken over by the app). */
  ready: number
  /** Used JS heap after a full GC, once the chart responds. */
  heap: number
}

export interface FilterSample {
  ms: number
  pressed: boolean
  bars: number
  mutations: number
}

/** A fresh context (empty cache, no cookies) with the probe installed; page errors are kept for error messages. */
export async function openProbedPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())))
  await page.addInitScript({ path: PROBE })
  return { context, page, errors }
}

export interface FirstChart {
  /** Navigation start → the first chart mark in the DOM. */
  inDom: number
  /** Navigation start → the frame with that mark painted. */
  painted: number
  /** URLs of the files whose responses had fully arrived by `inDom`, in the order they finished. */
  fetched: string[]
}

/** Waits for one of the probe's promises; a failure names the page and what it reported. */
async function probe<T>(page: Page, errors: string[], what: 'firstChart' | 'ready'): Promise<T> {
  try {
    // A string, not a function: see page-probe.js.
    return await page.evaluate(`window.__bench.${what}(${FIRST_CHART_TIMEOUT_MS})`)
  } catch (e) {
    const seen = errors.length ? `; the page reported: ${errors.join(' | ')}` : ''
    throw new Error(`${page.url()}: ${(e as Error).message}${seen}`, { cause: e })
  }
}

/** Waits for the probe's first chart mark on a page opened by openProbedPage. */
export const firstChart = (page: Page, errors: string[]) => probe<FirstChart>(page, errors, 'firstChart')

export interface Ready {
  /** Navigation start → a chart mark drawn and the page's script in charge of it. */
  at: number
  /** URLs of the files whose responses had fully arrived by then. */
  fetched: string[]
}

/** Waits until the page's first chart responds (see page-probe.js) on a page opened by openProbedPage. */
export const ready = (page: Page, errors: string[]) => probe<Ready>(page, errors, 'ready')

/** Heap in use after a full collection, so garbage left by start-up does not count. */
async function usedHeap(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize
}

/** One cold load: new context, navigate, wait for the first chart to be painted, then read the heap. */
export async function coldLoad(browser: Browser, url: string): Promise<LoadSample> {
  const { context, page, errors } = await openProbedPage(browser)
  try {
    await page.goto(url, { waitUntil: 'load' })
    const { inDom, painted } = await firstChart(page, errors)
    const { at } = await ready(page, errors)
    return { firstChart: painted, chartInDom: inDom, ready: at, heap: await usedHeap(context, page) }
  } finally {
    await context.close()
  }
}

/**
 * Clicks the "AWS" toggle of the "Company" group `warmup + count` times on one loaded page, alternately pressing
 * and releasing it, and returns the timed clicks after the warm-up ones (which pay for first-use JIT work).
 */
export async function filterLatencies(browser: Browser, url: string, warmup: number, count: number) {
  const { context, page, errors } = await openProbedPage(browser)
  try {
    await page.goto(url, { waitUntil: 'load' })
    await ready(page, errors)
    const samples: FilterSample[] = []
    for (let i = 0; i < warmup + count; i++) {
      const sample = (await page.evaluate(`window.__bench.toggle('Company', 'AWS')`)) as FilterSample
      if (i >= warmup) samples.push(sample)
      await page.waitForTimeout(PAUSE_BETWEEN_CLICKS_MS)
    }
    return samples
  } finally {
    await context.close()
  }
}
