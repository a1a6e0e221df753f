import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, resolve, sep } from 'node:path'

const DIST = resolve(import.meta.dirname, '../dist')
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
}

/**
 * Serves the production build (dist/, as the test run's web server built it)
 * from `basePath` on a port of its own, and can "deploy" a new build: after
 * `deploy()`, sw.js has other bytes, which is all a browser needs to see to
 * install a new service worker. Playwright cannot route a service worker's
 * own script, so the test serves it itself.
 */
export async function serveBuild(basePath: string) {
  let build = 1
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const inDist = path.startsWith(basePath) ? path.slice(basePath.length) || 'index.html' : null
    const file = inDist === null ? null : resolve(DIST, inDist.endsWith('/') ? `${inDist}index.html` : inDist)
    if (!file || !file.startsWith(DIST + sep)) return void res.writeHead(404).end()
    try {
      let body: Buffer | string = await readFile(file)
      if (inDist === 'sw.js' && build > 1) body = `${body}\n// build ${build}\n`
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    deploy: () => void build++,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
