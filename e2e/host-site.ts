import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, resolve, sep } from 'node:path'
import { test as base } from '@playwright/test'

const REVEAL = resolve(import.meta.dirname, '../node_modules/reveal.js/dist')
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css' }

/** Pages of a site that is not the app's, written by the tests: where readers paste embed code. */
export interface HostSite {
  /** Its origin: 127.0.0.1, where the app is served from localhost, so embeds are cross-origin as on a real page. */
  origin: string
  /** Serves `html` at `path` and returns its URL. reveal.js's files are at /reveal/ (reveal.js, reveal.css, theme/…). */
  page: (path: string, html: string) => string
}

/**
 * One host site per test worker, on a port the system picks: two checkouts that test at once, or any other
 * server on the machine, never meet it.
 */
export const test = base.extend<object, { hostSite: HostSite }>({
  hostSite: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const pages = new Map<string, string>()
      const server = createServer(async (req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname
        const html = pages.get(path)
        if (html !== undefined) return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html)
        const file = path.startsWith('/reveal/') ? resolve(REVEAL, path.slice('/reveal/'.length)) : null
        if (!file || !file.startsWith(REVEAL + sep)) return void res.writeHead(404).end()
        try {
          const body = await readFile(file)
          res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body)
        } catch {
          res.writeHead(404).end()
        }
      })
      await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done))
      const { port } = server.address() as AddressInfo
      const origin = `http://127.0.0.1:${port}`
      await use({ origin, page: (path, html) => (pages.set(path, html), origin + path) })
      await new Promise<void>((done) => server.close(() => done()))
    },
    { scope: 'worker' },
  ],
})
export { expect } from '@playwright/test'
