import { z } from 'zod'
import { ArticleMeta } from '../../src/features/dataset/schema.ts'

const Removal = z.object({ line: z.string().min(1), why: z.string().min(1) })

/** An entry of data/sources/articles.yaml: metadata plus the page chrome to drop. */
export const ArticleManifestEntry = ArticleMeta.extend({
  publisherEvidence: z.string().min(1).optional(),
  removeLines: z.array(Removal).default([]),
  removeFrom: Removal.optional(),
})
export type ArticleManifestEntry = z.infer<typeof ArticleManifestEntry>

export interface CleanResult {
  text: string
  problems: string[]
}

/**
 * Drops the listed chrome lines (matched whole, ignoring surrounding spaces)
 * and everything from `removeFrom` on; keeps every other line verbatim.
 * Runs of blank lines collapse to one, so paragraphs stay apart.
 */
export function cleanArticle(
  raw: string,
  entry: Pick<ArticleManifestEntry, 'removeLines' | 'removeFrom'>,
): CleanResult {
  const problems: string[] = []
  let lines = raw.replace(/\r\n?/g, '\n').split('\n')

  if (entry.removeFrom) {
    const cut = lines.findIndex((l) => l.trim() === entry.removeFrom!.line)
    if (cut === -1) problems.push(`removeFrom line not found: "${entry.removeFrom.line}"`)
    else lines = lines.slice(0, cut)
  }
  for (const { line } of entry.removeLines) {
    const before = lines.length
    lines = lines.filter((l) => l.trim() !== line)
    if (lines.length === before) problems.push(`removeLines line not found: "${line}"`)
  }

  const text = lines
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { text, problems }
}
