import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { DraftView, SaveReply } from './review-api.ts'
import type { Draft } from '../article/draft.ts'
import { proposeArticle } from '../article/intake.ts'
import { handleReviewRequest, type ReviewContext, type ReviewRequest } from './review-handler.ts'

const data = resolve(import.meta.dirname, '../../data')
const fixture = readFileSync(resolve(import.meta.dirname, '../../e2e/fixtures/next-quarter-article.txt'), 'utf8')
const ORIGIN = 'http://localhost:5173'
const FILES = ['facts.yaml', 'claims.yaml', 'sources/articles.yaml']

let proposed: Draft
let ctx: ReviewContext
const writeDraft = () => {
  mkdirSync(ctx.draftsDir, { recursive: true })
  writeFileSync(join(ctx.draftsDir, `${proposed.article.id}.json`), JSON.stringify(proposed))
}
const snapshot = () => [
  ...FILES.map((f) => readFileSync(join(ctx.dataDir, f), 'utf8')),
  readdirSync(join(ctx.dataDir, 'sources/raw')),
]

/** A request as the review page sends it, from the server's own origin, with `change`s. */
const request = (change: Partial<ReviewRequest> = {}): ReviewRequest => ({
  method: 'GET',
  path: '/drafts',
  body: '',
  ...change,
  headers: { origin: ORIGIN, 'sec-fetch-site': 'same-origin', ...change.headers },
})
const save = (body: unknown, headers = {}) =>
  handleReviewRequest(
    request({
      method: 'POST',
      path: '/save',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
    }),
    ctx,
  )

describe('the review endpoints of the dev server', () => {
  beforeAll(() => {
    proposed = proposeArticle({ text: fixture, format: 'text', hints: {} }, { date: '2024-05-02' }, data)
  }, 60_000)

  beforeEach(() => {
    const dir = mkdtempSync(join(tmpdir(), 'review-'))
    ctx = { dataDir: join(dir, 'data'), draftsDir: join(dir, 'drafts'), origins: [ORIGIN] }
    cpSync(data, ctx.dataDir, { recursive: true })
  })

  it('lists and opens drafts for the page of its own origin, with the dataset’s facts the draft disagrees with', () => {
    expect(handleReviewRequest(request(), ctx)).toEqual({ status: 200, body: [] })
    writeDraft()
    const listed = handleReviewRequest(request(), ctx)
    expect(listed.body).toMatchObject([{ id: proposed.article.id, ok: true, title: proposed.article.title }])

    const opened = handleReviewRequest(request({ path: `/drafts/${proposed.article.id}` }), ctx)
    expect(opened.status).toBe(200)
    const view = opened.body as DraftView
    const [differs] = proposed.disagreements
    expect(view.known.facts[differs.facts[0]]).toMatchObject({ id: differs.facts[0], source: expect.any(String) })
    // The article is there sentence by sentence, each sentence once, in the draft's numbering.
    const sentences = view.paragraphs.flat().filter((s) => s.sentence !== null)
    for (const claim of proposed.claims) expect(sentences[claim.sentence].text).toBe(claim.quotes.at(-1))
  })

  it('refuses another site’s requests, and a write that names no origin, with 403', () => {
    const before = snapshot()
    const refusals = [
      save(proposed, { origin: 'https://elsewhere.example', 'sec-fetch-site': 'cross-site' }),
      // A name of this machine another site controls: the browser calls it same-site, the origin still differs.
      save(proposed, { origin: 'http://rebound.example:5173', 'sec-fetch-site': 'same-origin' }),
      save(proposed, { origin: ORIGIN, 'sec-fetch-site': 'cross-site' }),
      save(proposed, { origin: undefined }),
      handleReviewRequest(request({ headers: { origin: undefined, 'sec-fetch-site': 'cross-site' } }), ctx),
    ]
    for (const reply of refusals) expect(reply.status).toBe(403)
    expect((refusals[0].body as SaveReply).ok).toBe(false)
    expect(snapshot()).toEqual(before)
  })

  it('refuses a body that is no draft with the schema’s messages (400), and writes nothing', () => {
    const before = snapshot()
    const notJson = save('{ "version": 1,')
    expect(notJson.status).toBe(400)
    const bad = save({ ...proposed, claims: [], raw: { ...proposed.raw, file: '../../escape.txt' } })
    expect(bad.status).toBe(400)
    const messages = (bad.body as Extract<SaveReply, { ok: false }>).problems.map((p) => p.message)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^draft › raw\.file: /),
        expect.stringMatching(/^draft › claims: /),
      ]),
    )
    const renamed = save({ ...proposed, raw: { ...proposed.raw, file: '004_63556d1f1b65d4c5.txt' } })
    expect(renamed.status).toBe(400)
    expect(snapshot()).toEqual(before)
  })

  it('writes a good draft into the data folder, removes its file from drafts/, and says what it wrote', () => {
    writeDraft()
    const reply = save(proposed)
    expect(reply).toEqual({
      status: 200,
      body: {
        ok: true,
        written: [`sources/raw/${proposed.raw.file}`, 'facts.yaml', 'claims.yaml', 'sources/articles.yaml'],
        draftRemoved: true,
      },
    })
    expect(readFileSync(join(ctx.dataDir, 'sources/raw', proposed.raw.file), 'utf8')).toBe(fixture)
    expect(readFileSync(join(ctx.dataDir, 'facts.yaml'), 'utf8')).toContain(`- id: ${proposed.facts[0].fact.id}\n`)
    expect(existsSync(join(ctx.draftsDir, `${proposed.article.id}.json`))).toBe(false)
    // Saved once: the same article again is refused, not written twice.
    expect(save(proposed).status).toBe(409)
  }, 60_000)

  it('answers the checks’ refusal with each message and its sentence (422), leaving the data folder as it was', () => {
    const before = snapshot()
    const [first] = proposed.facts
    const value = first.fact.value as { amount: number }
    const edited = structuredClone(proposed)
    edited.facts[0].fact.value = { ...first.fact.value, amount: value.amount + 5 } as typeof first.fact.value
    const reply = save(edited)
    expect(reply.status).toBe(422)
    const problems = (reply.body as Extract<SaveReply, { ok: false }>).problems
    expect(problems).toContainEqual(
      expect.objectContaining({
        id: first.fact.id,
        sentence: first.review.sentence,
        message: expect.stringContaining(first.fact.id),
      }),
    )
    expect(snapshot()).toEqual(before)
  }, 60_000)
})
