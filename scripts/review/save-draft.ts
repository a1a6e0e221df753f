import { existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Problem, SaveReply } from './review-api.ts'
import { applyDraft } from '../article/apply.ts'
import { Draft } from '../article/draft.ts'
import { messageSubject } from '../article/message-subjects.ts'
import { draftIssues, removeDraft } from './draft-files.ts'

export interface SaveContext {
  dataDir: string
  draftsDir: string
}

const refuse = (status: number, messages: string[]): { status: number; body: SaveReply } => ({
  status,
  body: { ok: false, problems: messages.map((message): Problem => ({ message, id: null, sentence: null })) },
})

/**
 * Writes a reviewed draft into the data folder through applyDraft (appending, every existing byte kept) and
 * builds the dataset. A body that is no draft (400), a raw file named otherwise than its article or already
 * there (400, 409) writes nothing; a draft the checks refuse leaves the folder as it was and answers the
 * checks' messages, each with the sentence it names (422). A saved draft's file is removed from drafts/.
 */
export function saveDraft(body: string, ctx: SaveContext): { status: number; body: SaveReply } {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (e) {
    return refuse(400, [`the body is not JSON: ${(e as Error).message}`])
  }
  const parsed = Draft.safeParse(json)
  if (!parsed.success) return refuse(400, draftIssues(parsed.error))
  // Written as it came, defaults left out (as data/*.yaml leaves them out); the schema has checked every field.
  const draft = json as Draft
  const { id } = draft.article
  if (draft.raw.file !== `${id}.txt`)
    return refuse(400, [`draft › raw.file: the article’s text is saved as ${id}.txt, not ${draft.raw.file}`])
  if (existsSync(join(ctx.dataDir, 'sources', 'raw', draft.raw.file)))
    return refuse(409, [`sources/raw/${draft.raw.file} exists already: this article is in the dataset`])

  const result = applyDraft(draft, ctx.dataDir)
  if (!result.ok)
    return {
      status: 422,
      body: {
        ok: false,
        problems: result.errors.map((message) => {
          const subject = messageSubject(message, draft)
          return { message, id: subject?.id ?? null, sentence: subject?.sentence ?? null }
        }),
      },
    }
  return {
    status: 200,
    body: {
      ok: true,
      written: result.written.map((file) => relative(ctx.dataDir, file)),
      draftRemoved: removeDraft(ctx.draftsDir, id),
    },
  }
}
