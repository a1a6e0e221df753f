import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin, ViteDevServer } from 'vite'
import { REVIEW_API, REVIEW_HEADING, REVIEW_PAGE } from '../review/review-api.ts'
import { draftsDir } from '../article/drafts.ts'
import { dataDir } from '../dataset/load-sources.ts'
import { handleReviewRequest, type ReviewContext } from '../review/review-handler.ts'

// A draft of a long article is a few hundred kB: ten times that is no draft.
const MAX_BODY = 5 * 1024 * 1024

// The page's own entry, which no build reads: the app's index.html never names it.
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="color-scheme" content="light dark" />
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <title>${REVIEW_HEADING} · Cloud market dashboard</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/review/main.tsx"></script>
  </body>
</html>
`

/** The body of a request, or null when it is larger than a draft can be. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** The origins the dev server answers on: its own, from its config and the addresses it listens on. */
function ownOrigins(server: ViteDevServer): string[] {
  const urls = [
    ...(server.resolvedUrls?.local ?? []),
    ...(server.resolvedUrls?.network ?? []),
    ...(server.config.server.origin ? [server.config.server.origin] : []),
  ]
  return [...new Set(urls.map((url) => new URL(url).origin))]
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(JSON.stringify(body))
}

/**
 * The review page of `npm run dev` (`/review.html`): drafts of article:add to accept, edit or reject, and a
 * save that writes data/ through applyDraft. It exists only in the dev server (`apply: 'serve'`): the build
 * never sees the page, its code or its endpoints (docs/decisions/0026-review-page-in-the-dev-server.md).
 */
export function reviewPlugin(): Plugin {
  let ctx: Omit<ReviewContext, 'origins'>
  return {
    name: 'review',
    apply: 'serve',
    configResolved(config) {
      ctx = { dataDir: dataDir(config.root), draftsDir: draftsDir(config.root) }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]
        if (path === REVIEW_PAGE && req.method === 'GET') {
          server
            .transformIndexHtml(req.url!, PAGE, req.originalUrl)
            .then((html) => {
              res.setHeader('Content-Type', 'text/html; charset=utf-8')
              res.end(html)
            })
            .catch(next)
          return
        }
        if (!path.startsWith(`${REVIEW_API}/`)) return next()
        readBody(req)
          .then((body) => {
            if (body === null)
              return send(res, 413, {
                ok: false,
                problems: [{ message: 'the body is too large for a draft', id: null, sentence: null }],
              })
            const reply = handleReviewRequest(
              { method: req.method ?? 'GET', path: path.slice(REVIEW_API.length), headers: req.headers, body },
              { ...ctx, origins: ownOrigins(server) },
            )
            send(res, reply.status, reply.body)
          })
          .catch(next)
      })
    },
  }
}
