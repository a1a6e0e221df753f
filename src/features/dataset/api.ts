import { queryOptions } from '@tanstack/react-query'
import { contentHash } from '../../lib/content-hash'
import { yieldToMain } from '../../lib/yield-to-main'
import { buildIndex } from './dataset-index'
import { DatasetLoadError } from './load-error'
import type { ArticleTexts, Dataset } from './schema'

/** Relative, so the app works from any sub-path of a static host. */
export const DATASET_FILE = 'data/dataset.json'
export const ARTICLE_TEXTS_FILE = 'data/articles.json'

// The content hashes of the files the build validated and wrote (set from the page it wrote), by file.
const builtHashes = new Map<string, string>()

/**
 * Trusts a data file whose content hash is the one the build recorded: the
 * build validated exactly those bytes, so the page skips validating them again
 * (and never loads the validator). Any other file is validated in full.
 */
export function trustBuiltFiles(hashes: { datasetHash: string | null; textsHash: string | null }) {
  builtHashes.clear()
  if (hashes.datasetHash) builtHashes.set(DATASET_FILE, hashes.datasetHash)
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

/** Fetches, parses and validates the dataset, failing with a DatasetLoadError that names the file and the problem. */
export async function fetchDataset(url: string = DATASET_FILE, signal?: AbortSignal) {
  // Unless the build vouches for the file, the validator (and zod) download in parallel with it.
  const validator = builtHashes.has(url) ? null : import('./validate-dataset')
  const { text, json } = await fetchJson(url, signal)
  await yieldToMain()
  const hash = contentHash(text)
  await yieldToMain()
  if (hash === builtHashes.get(url)) return buildIndex(json as Dataset, hash)
  const { validateDataset } = await (validator ?? import('./validate-dataset'))
  return validateDataset(json, url, hash)
}

/**
 * Fetches and validates the article texts: only the article view needs them, so they are read on the
 * first selection of a fact (an idle page only downloads them), never before the charts respond.
 */
export async function fetchArticleTexts(
  url: string = ARTICLE_TEXTS_FILE,
  signal?: AbortSignal,
): Promise<ReadonlyMap<string, string>> {
  const validator = builtHashes.has(url) ? null : import('./validate-dataset')
  const { text, json } = await fetchJson(url, signal)
  if (contentHash(text) === builtHashes.get(url))
    return new Map((json as ArticleTexts).articles.map((a) => [a.id, a.text]))
  const { validateArticleTexts } = await (validator ?? import('./validate-dataset'))
  return validateArticleTexts(json, url)
}

/** The dataset query: fetched once, indexed once, shared by every view. */
export const datasetQueryOptions = (url: string = DATASET_FILE) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
  })

/** The article texts by article id: fetched once, when an article may be opened. */
export const articleTextsQueryOptions = (url: string = ARTICLE_TEXTS_FILE) =>
  queryOptions({
    queryKey: ['article-texts', url],
    queryFn: ({ signal }) => fetchArticleTexts(url, signal),
  })
