import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import { buildIndex } from './dataset-index'
import { DatasetLoadError } from './load-error'
import { Dataset } from './schema'

/** Relative, so the app works from any sub-path of a static host. */
export const DATASET_FILE = 'data/dataset.json'

const issuePath = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(root)'

/** Zod issues as one readable line each: "facts[3].value.amount: expected number, received string". */
export function describeIssues(error: z.ZodError, limit = 8): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => `${issuePath(issue.path)}: ${issue.message}`)
  const rest = error.issues.length - lines.length
  return rest > 0 ? [...lines, `…and ${rest} more`] : lines
}

/** Fetches, parses and validates the dataset, failing with a DatasetLoadError that names the file and the problem. */
export async function fetchDataset(url: string = DATASET_FILE, signal?: AbortSignal) {
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (e) {
    if (signal?.aborted) throw e
    throw new DatasetLoadError('network', url, `Could not reach ${url}: ${(e as Error).message}`, [], true)
  }
  // fetch does not throw on 404: the status has to be checked.
  if (!response.ok) {
    const body = (await response.text().catch(() => '')).trim()
    const details = response.headers.get('content-type')?.startsWith('text/plain') && body ? body.split('\n') : []
    throw new DatasetLoadError(
      'http',
      url,
      `${url} could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      details.slice(0, 12),
      response.status >= 500,
    )
  }
  let json: unknown
  try {
    json = JSON.parse(await response.text())
  } catch (e) {
    throw new DatasetLoadError('json', url, `${url} is not valid JSON (truncated or corrupted?): ${(e as Error).message}`)
  }
  const parsed = Dataset.safeParse(json)
  if (!parsed.success) {
    throw new DatasetLoadError('schema', url, `${url} does not match the dataset schema.`, describeIssues(parsed.error))
  }
  return buildIndex(parsed.data)
}

/** The dataset query: fetched once, indexed once, shared by every view. */
export const datasetQueryOptions = (url: string = DATASET_FILE) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
  })
