import { DatasetLoadError } from './load-error.ts'
import { readOnPage, type FileText, type ReadFailure } from './read-file.ts'

/**
 * A data file's text and content hash, downloaded, decoded and hashed in a worker: at scale each is a long task
 * the page's thread would otherwise spend while a reader taps. Fails as the file would: a DatasetLoadError
 * naming it, or the abort as it is.
 */
export function readFileOffThread(url: string, signal?: AbortSignal): Promise<FileText> {
  signal?.throwIfAborted()
  // Relative to the page, not to the worker's script.
  const href = new URL(url, document.baseURI).href
  let worker: Worker
  try {
    worker = new Worker(new URL('./read-file.worker.ts', import.meta.url))
  } catch {
    // No Worker here, or one the page may not start.
    return readOnPage(url, href, signal)
  }
  return new Promise<FileText>((resolve, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
    worker.onmessage = ({ data }: MessageEvent<FileText | ReadFailure>) =>
      Array.isArray(data) ? reject(new DatasetLoadError(...data)) : resolve(data)
    // The worker's own script could not be loaded or run (a deploy mid-visit, a strict policy): read it here.
    worker.onerror = (event) => {
      event.preventDefault()
      resolve(readOnPage(url, href, signal))
    }
    worker.postMessage([url, href])
  }).finally(() => worker.terminate())
}
