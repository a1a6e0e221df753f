import { z } from 'zod'
import { ArticleDate, ArticleMeta } from '../../src/domain/schema.ts'

const Removal = z.object({ line: z.string().min(1), why: z.string().min(1) })

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

/** An article's date as written in the manifest: the printed words it rests on are checked, not shipped. */
const ManifestDate = ArticleDate.extend({
  /** Words of the page (text or chrome) the date rests on, each found verbatim by the build. */
  printed: z.array(z.string().min(1)).default([]),
  /** The weekday the text gives; the build checks the date falls on it. */
  weekday: z.enum(WEEKDAYS).optional(),
})

/** An entry of data/sources/articles.yaml: metadata plus the page chrome to drop. */
export const ArticleManifestEntry = ArticleMeta.extend({
  date: ManifestDate,
  publisherEvidence: z.string().min(1).optional(),
  authorEvidence: z.string().min(1).optional(),
  /** For an article with neither title nor publisher: the words of its first sentence that name it. */
  description: z.string().min(1).optional(),
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
