import '../../domain/zod-config.ts'
import type { z } from 'zod'
import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts'
import { buildEvidenceIndex, evidenceMismatches, type EvidenceIndex } from '../../domain/evidence-index.ts'
import { issuePath } from '../../domain/issue-path.ts'
import { DatasetLoadError } from './load-error.ts'
import { ArticleTexts, Dataset, Evidence } from '../../domain/schema.ts'

/** The first `limit` problems, then how many more there are. */
function firstProblems(lines: readonly string[], limit = 8): string[] {
  const rest = lines.length - limit
  return rest > 0 ? [...lines.slice(0, limit), `…and ${rest} more`] : [...lines]
}

/** Zod issues as one readable line each: "facts[3].value.amount: expected number, received string". */
export function describeIssues(error: z.ZodError, limit = 8): string[] {
  return firstProblems(
    error.issues.map((issue) => `${issuePath(issue.path) || '(root)'}: ${issue.message}`),
    limit,
  )
}

/** The file's JSON as `schema` reads it, or a DatasetLoadError naming the file, what it should be, and each problem. */
function parseFile<T>(schema: z.ZodType<T>, json: unknown, file: string, what: string): T {
  const parsed = schema.safeParse(json)
  if (parsed.success) return parsed.data
  throw new DatasetLoadError('schema', file, `${file} does not match the ${what} schema.`, describeIssues(parsed.error))
}

/**
 * Checks parsed JSON against the dataset schema and indexes it. Kept out of
 * the entry chunk (zod is most of its weight): it loads while the data downloads.
 */
export function validateDataset(json: unknown, file: string, hash?: string): DatasetIndex {
  return buildIndex(parseFile(Dataset, json, file, 'dataset'), hash)
}

/** Checks the evidence file, and that its quotes are the ones the dataset's facts cite. */
export function validateEvidence(json: unknown, file: string, index: DatasetIndex): EvidenceIndex {
  const evidence = parseFile(Evidence, json, file, 'evidence')
  const problems = evidenceMismatches(evidence, index)
  if (problems.length) {
    throw new DatasetLoadError(
      'schema',
      file,
      `${file} does not belong with the dataset: its quotes are not the ones the facts cite.`,
      firstProblems(problems),
    )
  }
  return buildEvidenceIndex(evidence)
}

/** Checks the article texts file and maps each article id to its text. */
export function validateArticleTexts(json: unknown, file: string): ReadonlyMap<string, string> {
  const texts = parseFile(ArticleTexts, json, file, 'article texts')
  return new Map(texts.articles.map((a) => [a.id, a.text]))
}
