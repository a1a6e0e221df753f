import './zod-config'
import type { z } from 'zod'
import { buildIndex, type DatasetIndex } from './dataset-index'
import { buildEvidenceIndex, evidenceMismatches, type EvidenceIndex } from './evidence-index'
import { issuePath } from './issue-path'
import { DatasetLoadError } from './load-error'
import { ArticleTexts, Dataset, Evidence } from './schema'

/** Zod issues as one readable line each: "facts[3].value.amount: expected number, received string". */
export function describeIssues(error: z.ZodError, limit = 8): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => `${issuePath(issue.path) || '(root)'}: ${issue.message}`)
  const rest = error.issues.length - lines.length
  return rest > 0 ? [...lines, `…and ${rest} more`] : lines
}

/**
 * Checks parsed JSON against the dataset schema and indexes it. Kept out of
 * the entry chunk (zod is most of its weight): it loads while the data downloads.
 */
export function validateDataset(json: unknown, file: string, hash?: string): DatasetIndex {
  const parsed = Dataset.safeParse(json)
  if (!parsed.success) {
    throw new DatasetLoadError(
      'schema',
      file,
      `${file} does not match the dataset schema.`,
      describeIssues(parsed.error),
    )
  }
  return buildIndex(parsed.data, hash)
}

/** Checks the evidence file, and that its quotes are the ones the dataset's facts cite. */
export function validateEvidence(json: unknown, file: string, index: DatasetIndex): EvidenceIndex {
  const parsed = Evidence.safeParse(json)
  if (!parsed.success) {
    throw new DatasetLoadError(
      'schema',
      file,
      `${file} does not match the evidence schema.`,
      describeIssues(parsed.error),
    )
  }
  const problems = evidenceMismatches(parsed.data, index)
  if (problems.length) {
    const rest = problems.length > 8 ? [`…and ${problems.length - 8} more`] : []
    throw new DatasetLoadError(
      'schema',
      file,
      `${file} does not belong with the dataset: its quotes are not the ones the facts cite.`,
      [...problems.slice(0, 8), ...rest],
    )
  }
  return buildEvidenceIndex(parsed.data)
}

/** Checks the article texts file and maps each article id to its text. */
export function validateArticleTexts(json: unknown, file: string): ReadonlyMap<string, string> {
  const parsed = ArticleTexts.safeParse(json)
  if (!parsed.success) {
    throw new DatasetLoadError(
      'schema',
      file,
      `${file} does not match the article texts schema.`,
      describeIssues(parsed.error),
    )
  }
  return new Map(parsed.data.articles.map((a) => [a.id, a.text]))
}
