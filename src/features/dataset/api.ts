import { queryOptions } from '@tanstack/react-query'
import { DatasetLoadError } from './load-error'

/** Relative, so the app works from any sub-path of a static host. */
export const DATASET_FILE = 'data/dataset.json'

/** Fetches, parses and validates the dataset, failing with a DatasetLoadError that names the file and the problem. */
export async function fetchDataset(url: string = DATASET_FILE, signal?: AbortSignal) {
  // The validator (and zod) download in parallel with the data.
  const validator = import('./validate-dataset')
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
    throw new DatasetLoadError(
      'json',
      url,
      `${url} is not valid JSON (truncated or corrupted?): ${(e as Error).message}`,
    )
  }
  const { validateDataset } = await validator
  return validateDataset(json, url)
}

/** The dataset query: fetched once, indexed once, shared by every view. */
export const datasetQueryOptions = (url: string = DATASET_FILE) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
  })
