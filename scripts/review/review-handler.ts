import type { IncomingHttpHeaders } from 'node:http'
import { buildFromDir } from '../dataset/load-sources.ts'
import { listDrafts, readDraft } from './draft-files.ts'
import { draftView } from './draft-view.ts'
import { crossOriginRefusal } from './same-origin.ts'
import { saveDraft, type SaveContext } from './save-draft.ts'

/** A request to the review's endpoints, its path taken after REVIEW_API. */
export interface ReviewRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
}

export interface ReviewContext extends SaveContext {
  /** The dev server's own origins ("http://localhost:5173"): the only pages that may use the endpoints. */
  origins: readonly string[]
}

export interface ReviewReply {
  status: number
  body: unknown
}

const problem = (status: number, message: string): ReviewReply => ({
  status,
  body: { ok: false, problems: [{ message, id: null, sentence: null }] },
})

/**
 * The review's endpoints, apart from the server that carries them: GET /drafts lists drafts/, GET /drafts/ID
 * opens one with what of the dataset it touches, POST /save writes one into the data folder. Every request
 * from another origin is refused (403).
 */
export function handleReviewRequest(req: ReviewRequest, ctx: ReviewContext): ReviewReply {
  const refusal = crossOriginRefusal(req.method, req.headers, ctx.origins)
  if (refusal) return problem(403, refusal)
  const open = /^\/drafts\/([^/]+)$/.exec(req.path)
  const route = req.path === '/drafts' ? 'list' : open ? 'open' : req.path === '/save' ? 'save' : null
  if (!route) return problem(404, `no review endpoint ${req.path}`)
  const method = route === 'save' ? 'POST' : 'GET'
  if (req.method !== method) return problem(405, `${req.path} takes ${method}, not ${req.method}`)

  if (route === 'save') {
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
      return problem(415, 'a draft is saved as JSON (Content-Type: application/json)')
    return saveDraft(req.body, ctx)
  }
  if (route === 'list') return { status: 200, body: listDrafts(ctx.draftsDir) }
  const read = readDraft(ctx.draftsDir, decodeURIComponent(open![1]))
  if (!read.ok) return problem(read.missing ? 404 : 422, read.problem)
  const built = buildFromDir(ctx.dataDir)
  if (!built.ok)
    return problem(500, `the dataset in ${ctx.dataDir} does not build now; fix it first: ${built.errors.join('; ')}`)
  return { status: 200, body: draftView(read.draft, built) }
}
