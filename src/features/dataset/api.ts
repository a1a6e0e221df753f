import { queryOptions } from '@tanstack/react-query'
import { contentHash } from '../../lib/content-hash.ts'
import { yieldToMain } from '../../lib/yield-to-main.ts'
import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts'
import { buildEvidenceIndex } from '../../domain/evidence-index.ts'
import { DatasetLoadError } from './load-error.ts'
import type { ArticleTexts, Dataset, Evidence } from '../../domain/schema.ts'

/** Relative, so the app works from any sub-path of a static host. */
export const DATASET_FILE = 'data/dataset.json'
export const EVIDENCE_FILE = 'data/evidence.json'
export const ARTICLE_TEXTS_FILE = 'data/articles.json'

// The content hashes of the files the build validated and wrote (set from the page it wrote), by file.
const builtHashes = new Map<string, string>()

/**
 * Trusts a data file whose content hash is the one the build recorded: the
 * build validated exactly those bytes, so the page skips validating them again
 * (and never loads the validator). Any other file is validated in full.
 */
export function trustBuiltFiles(hashes: {
  datasetHash: string | null
  evidenceHash: string | null
  textsHash: string | null
}) {
  builtHashes.clear()
  if (hashes.datasetHash) builtHashes.set(DATASET_FILE, hashes.datasetHash)
  if (hashes.evidenceHash) builtHashes.set(EVIDENCE_FILE, hashes.evidenceHash)
  if (hashes.textsHash) builtHashes.set(ARTICLE_TEXTS_FILE, hashes.textsHash)
}

/** A JSON file's text and parsed value, failing with a DatasetLoadError that names the file and the problem. */
async function fetchJson(url: string, signal?: AbortSignal): Promise<{ text: string; json: unknown }> {
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
  const text = await response.text()
  await yieldToMain()
  try {
    return { text, json: JSON.parse(text) }
  } catch (e) {
    throw new DatasetLoadError(
      'json',
      url,
      `${url} is not valid JSON (truncated or corrupted?): ${(e as Error).message}`,
    )
  }
}

type Validator = typeof import('./validate-dataset.ts')

/**
 * Fetches and parses a data file, then takes it as it is when its content hash is the one the build
 * recorded, and through the validator otherwise (which, unless the build vouches for the file,
 * downloads in parallel with it). Yields between steps: at scale each is a long task of its own.
 */
async function readDataFile<T>(
  url: string,
  signal: AbortSignal | undefined,
  read: { built: (json: unknown, hash: string) => T; checked: (v: Validator, json: unknown, hash: string) => T },
): Promise<T> {
  const validator = builtHashes.has(url) ? null : import('./validate-dataset.ts')
  const { text, json } = await fetchJson(url, signal)
  await yieldToMain()
  const hash = contentHash(text)
  await yieldToMain()
  if (hash === builtHashes.get(url)) return read.built(json, hash)
  return read.checked(await (validator ?? import('./validate-dataset.ts')), json, hash)
}

/** Fetches, parses and validates the dataset, failing with a DatasetLoadError that names the file and the problem. */
export const fetchDataset = (url: string = DATASET_FILE, signal?: AbortSignal) =>
  readDataFile(url, signal, {
    built: (json, hash) => buildIndex(json as Dataset, hash),
    checked: (v, json, hash) => v.validateDataset(json, url, hash),
  })

/**
 * Fetches the quotes behind the facts and checks they belong with the dataset: only the evidence needs
 * them, so they are read on the first selection of a fact (an idle page only downloads them).
 */
export const fetchEvidence = (index: DatasetIndex, url: string = EVIDENCE_FILE, signal?: AbortSignal) =>
  readDataFile(url, signal, {
    built: (json) => buildEvidenceIndex(json as Evidence),
    checked: (v, json) => v.validateEvidence(json, url, index),
  })

/**
 * Fetches and validates the article texts: only the article view needs them, so they are read on the
 * first selection of a fact (an idle page only downloads them), never before the charts respond.
 */
export const fetchArticleTexts = (
  url: string = ARTICLE_TEXTS_FILE,
  signal?: AbortSignal,
): Promise<ReadonlyMap<string, string>> =>
  readDataFile(url, signal, {
    built: (json) => new Map((json as ArticleTexts).articles.map((a) => [a.id, a.text])),
    checked: (v, json) => v.validateArticleTexts(json, url),
  })

/** The dataset query: fetched once, indexed once, shared by every view. */
export const datasetQueryOptions = (url: string = DATASET_FILE) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
  })

/** The quotes behind the facts of one loaded dataset: fetched once, when the evidence may be read. */
// The key names the dataset by its content hash: the whole index in the key would be walked to hash it.
export const evidenceQueryOptions = (index: DatasetIndex, url: string = EVIDENCE_FILE) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: ['evidence', url, index.hash ?? null],
    queryFn: ({ signal }) => fetchEvidence(index, url, signal),
  })

/** The article texts by article id: fetched once, when an article may be opened. */
export const articleTextsQueryOptions = (url: string = ARTICLE_TEXTS_FILE) =>
  queryOptions({
    queryKey: ['article-texts', url],
    queryFn: ({ signal }) => fetchArticleTexts(url, signal),
  })
