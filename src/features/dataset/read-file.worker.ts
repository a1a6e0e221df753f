// Reads one data file off the page's thread: the page sends [url, href] and gets back the text and its hash, or
// the DatasetLoadError's arguments (an Error's own fields do not survive the copy to the page).
import type { DatasetLoadError } from './load-error.ts'
import { readFile, type ReadFailure } from './read-file.ts'

onmessage = ({ data: [url, href] }: MessageEvent<[string, string]>) =>
  readFile(url, href).then(
    (read) => postMessage(read),
    (e: DatasetLoadError) => postMessage([e.failure, e.file, e.message, e.details, e.retryable] satisfies ReadFailure),
  )
