import { queryOptions } from '@tanstack/react-query'
import { contentHash } from '../../lib/content-hash.ts'
import { yieldToMain } from '../../lib/yield-to-main.ts'
import { buildIndexInSteps, type DatasetIndex } from '../../domain/dataset-index.ts'
import { buildEvidenceIndex } from '../../domain/evidence-index.ts'
import { DatasetLoadError } from './load-error.ts'
import { readOnPage } from './read-file.ts'
import { readFileOffThread } from './read-off-thread.ts'
import type { ArticleTexts, Dataset, Evidence } from '../../domain/schema.ts'

/** Relative, so the app works from any sub-path of a static host. */
export const DATASET_FILE = 'data/dataset.json'
export const EVIDENCE_FILE = 'data/evidence.json'
export const ARTICLE_TEXTS_FILE = 'data/articles.json'

// The content hashes of the files the build validated and wrote (set from the page it wrote), by file.
const builtHashes = new Map<string, string>()
// The files the build found large enough to read in a worker (decision 0033).
const offThreadFiles = new Set<string>()

/**
 * From this size on, the dataset is downloaded, decoded and hashed in a worker. On the page's thread a 3 MB file
 * took 114–145 ms unthrottled, about 45 ms a MB, so a phone four times slower spends a long task (50 ms) on
 * about 280 kB; below that, a worker's start (100–300 ms before the page has its data) costs more than it saves.
 */
export const READ_OFF_THREAD_BYTES = 256_000

/**
 * Trusts a data file whose content hash is the one the build recorded: the build validated exactly those bytes,
 * so the page skips validating them again (and never loads the validator). Any other file is validated in full.
 * A dataset the build recorded as READ_OFF_THREAD_BYTES or more is read in a worker.
 */
export function trustBuiltFiles(hashes: {
  datasetHash: string | null
  datasetBytes: number | null
  evidenceHash: string | null
  textsHash: string | null
}) {
  builtHashes.clear()
  offThreadFiles.clear()
  if ((hashes.datasetBytes ?? 0) >= READ_OFF_THREAD_BYTES) offThreadFiles.add(DATASET_FILE)
  if (hashes.datasetHash) builtHashes.set(DATASET_FILE, hashes.datasetHash)
  if (hashes.evidenceHash) builtHashes.set(EVIDENCE_FILE, hashes.evidenceHash)
  if (hashes.textsHash) builtHashes.set(ARTICLE_TEXTS_FILE, hashes.textsHash)
}

/** A JSON file's parsed value, failing with a DatasetLoadError that names the file if it is not JSON. */
function parseJson(url: string, text: string): unknown {
  try {
    return JSON.parse(text)
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
 * Reads a data file (in a worker if the build found it large) and parses it, then takes it as it is when its
 * content hash is the one the build recorded, and through the validator otherwise (which, unless the build vouches
 * for the file, downloads in parallel with it). Yields between steps: at scale each is a long task of its own.
 */
async function readDataFile<T>(
  url: string,
  signal: AbortSignal | undefined,
  read: {
    built: (json: unknown, hash: string) => T | Promise<T>
    checked: (v: Validator, json: unknown, hash: string) => T
  },
): Promise<T> {
  const validator = builtHashes.has(url) ? null : import('./validate-dataset.ts')
  const file = offThreadFiles.has(url) ? await readFileOffThread(url, signal) : await readOnPage(url, url, signal)
  await yieldToMain()
  const hash = file.hash ?? contentHash(file.text)
  await yieldToMain()
  const json = parseJson(url, file.text)
  await yieldToMain()
  if (hash === builtHashes.get(url)) return read.built(json, hash)
  return read.checked(await (validator ?? import('./validate-dataset.ts')), json, hash)
}

/** Fetches, parses and validates the dataset, failing with a DatasetLoadError that names the file and the problem. */
export const fetchDataset = (url: string = DATASET_FILE, signal?: AbortSignal) =>
  readDataFile(url, signal, {
    built: (json, hash) => buildIndexInSteps(json as Dataset, hash, yieldToMain),
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
