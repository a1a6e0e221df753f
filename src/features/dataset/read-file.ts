import { DatasetLoadError } from './load-error.ts'

/** A data file's text, and its content hash where it was read in a worker (the page hashes it after a yield). */
export interface FileText {
  text: string
  hash?: string
}

/** Reads a data file on the page's thread: a small file, or where a worker cannot read it. */
export const readOnPage = async (url: string, href: string, signal?: AbortSignal): Promise<FileText> => ({
  text: await readText(url, href, signal),
})

/** A failed read as DatasetLoadError's arguments: what a worker can send back. */
export type ReadFailure = ConstructorParameters<typeof DatasetLoadError>

/**
 * Downloads a data file (`href`, named `url` in messages) and decodes its text, failing with a DatasetLoadError
 * that names the file and the problem, or with the abort as it is. The page runs it for a small file, and a
 * worker for a large one (read-file.worker.ts): at scale, decoding megabytes is a long task on the page's thread.
 */
export async function readText(url: string, href: string, signal?: AbortSignal): Promise<string> {
  let response: Response
  try {
    response = await fetch(href, { signal })
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
  try {
    return await response.text()
  } catch (e) {
    if (signal?.aborted) throw e
    // The connection dropped while the body was arriving.
    throw new DatasetLoadError('network', url, `Could not read ${url} to the end: ${(e as Error).message}`, [], true)
  }
}
