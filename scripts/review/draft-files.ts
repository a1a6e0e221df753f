import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { z } from 'zod'
import { issuePath } from '../../src/domain/issue-path.ts'
import type { DraftListing } from './review-api.ts'
import { Draft } from '../article/draft.ts'

// A draft's name is its article's id: the schema's alphabet, so it can never name a path outside drafts/.
const DRAFT_ID = /^[a-z0-9][a-z0-9_-]*$/

/** The schema's messages, each with the path in the draft it is about. */
export const draftIssues = (error: z.ZodError) =>
  error.issues.map((issue) => `draft › ${issuePath(issue.path) || '(the whole draft)'}: ${issue.message}`)

export type ReadDraft = { ok: true; draft: Draft } | { ok: false; missing: boolean; problem: string }

/** One draft of drafts/, parsed as the schema says, or what is wrong with its file. */
export function readDraft(dir: string, id: string): ReadDraft {
  if (!DRAFT_ID.test(id)) return { ok: false, missing: true, problem: `“${id}” is not a draft’s name` }
  const file = join(dir, `${id}.json`)
  if (!existsSync(file)) return { ok: false, missing: true, problem: `drafts/${id}.json: no such draft` }
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    return { ok: false, missing: false, problem: `drafts/${id}.json is not JSON: ${(e as Error).message}` }
  }
  const parsed = Draft.safeParse(json)
  if (!parsed.success)
    return { ok: false, missing: false, problem: `drafts/${id}.json: ${draftIssues(parsed.error).join('; ')}` }
  // The file as written (defaults left out), as data/*.yaml writes it: the parsed copy would add them.
  return { ok: true, draft: json as Draft }
}

/** The drafts waiting in drafts/, newest article id first. */
export function listDrafts(dir: string): DraftListing[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort()
    .reverse()
    .map((id): DraftListing => {
      const read = readDraft(dir, id)
      if (!read.ok) return { id, ok: false, problem: read.problem }
      const { article, claims } = read.draft
      return { id, ok: true, title: article.title, date: article.date.value, sentences: claims.length }
    })
}

/** Removes a saved draft's file; its id is the article's, which the schema has checked. */
export function removeDraft(dir: string, id: string): boolean {
  const file = join(dir, `${id}.json`)
  if (!DRAFT_ID.test(id) || !existsSync(file)) return false
  rmSync(file)
  return true
}
