// Reads one data file off the page's thread: the page sends [url, href] and gets back the text and its hash, or
// the DatasetLoadError's arguments (an Error's own fields do not survive the copy to the page).
import { contentHash } from '../../lib/content-hash.ts'
import { DatasetLoadError } from './load-error.ts'
import { readText, type FileText, type ReadFailure } from './read-file.ts'

onmessage = ({ data: [url, href] }: MessageEvent<[string, string]>) =>
  readText(url, href).then(
    (text) => postMessage({ text, hash: contentHash(text) } satisfies FileText),
    (e: unknown) =>
      postMessage(
        (e instanceof DatasetLoadError
          ? [e.failure, e.file, e.message, e.details, e.retryable]
          : ['network', url, `Could not read ${url}: ${String(e)}`, [], true]) satisfies ReadFailure,
      ),
  )
