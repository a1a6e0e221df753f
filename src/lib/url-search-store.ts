import { renderQuery, withUrlValues } from './url-params.ts'

/*
 * The page's query string as a store for useSyncExternalStore. An update is
 * read at once by every subscriber; the URL follows once the frame showing it
 * is painted, so the updates of one click (or one render) make one history
 * entry. Back and Forward (popstate) reach every subscriber.
 */

// Safari refuses more than 100 history changes in 10 seconds (a SecurityError): typing in the search box
// writes at most one every 120 ms, as nuqs did there; the page shows each keystroke at once all the same.
const MIN_WRITE_INTERVAL_MS = 120
// A new URL costs the page's thread 3–5 ms in Chromium (the history entry, and the favicon fetched and decoded
// again for it): written after the frame that shows the change, it does not hold that frame up. A hidden page
// draws no frames, so a timer writes it after this long all the same.
const FRAME_WAIT_MAX_MS = 100

export type HistoryMode = 'push' | 'replace'

export interface UpdateOptions {
  /** 'push': a new history entry (any push among batched updates makes one); 'replace': the same entry. */
  history: HistoryMode
  /** Applied to the whole query before it is written (the last update's, when several are batched). */
  clean?: (search: URLSearchParams) => URLSearchParams
}

interface Pending {
  search: URLSearchParams
  history: HistoryMode
  clean: (search: URLSearchParams) => URLSearchParams
  cancel: () => void
  written: Promise<URLSearchParams>
  resolve: (search: URLSearchParams) => void
}

const listeners = new Set<() => void>()
let pending: Pending | null = null
let lastWrite = -Infinity

const notify = () => listeners.forEach((listener) => listener())

// Back or Forward: the entry's URL is the state; an update not yet written is dropped, as the reader moved on.
function onPopState() {
  if (pending) {
    pending.cancel()
    pending.resolve(new URLSearchParams(location.search))
    pending = null
  }
  notify()
}

/** Calls `listener` whenever the query changes; returns the unsubscribe. */
export function subscribeSearch(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState)
  }
}

/** The query as the page reads it: the URL's, with the updates not yet written. */
export const currentSearch = (): URLSearchParams =>
  pending ? new URLSearchParams(pending.search) : new URLSearchParams(location.search)

function write() {
  if (!pending) return
  const { search, history: mode, clean, resolve } = pending
  pending = null
  lastWrite = performance.now()
  const cleaned = clean(search)
  const url = new URL(location.href)
  url.search = renderQuery(cleaned)
  // Only the query changes: the path (a sub-path too), the hash and the entry's state stay.
  if (mode === 'push') history.pushState(history.state, '', url)
  else history.replaceState(history.state, '', url)
  resolve(cleaned)
  notify()
}

/** Runs `task` after `wait` ms, once the next frame is painted (or FRAME_WAIT_MAX_MS later); returns its cancel. */
function afterWaitAndFrame(task: () => void, wait: number): () => void {
  let done = false
  const run = () => {
    if (done) return
    done = true
    clearTimeout(fallback)
    task()
  }
  // A task queued from the frame's callback runs after that frame's rendering.
  const waited = setTimeout(() => requestAnimationFrame(() => setTimeout(run)), wait)
  const fallback = setTimeout(run, wait + FRAME_WAIT_MAX_MS)
  return () => {
    done = true
    clearTimeout(waited)
    clearTimeout(fallback)
  }
}

/**
 * Sets the given parameters (null: leaves one out) and keeps the others.
 * Resolves with the query written to the URL.
 */
export function updateSearch(
  values: Record<string, string | null>,
  { history: mode, clean = (search) => search }: UpdateOptions,
): Promise<URLSearchParams> {
  const search = withUrlValues(currentSearch(), values)
  if (pending) {
    pending.search = search
    pending.clean = clean
    if (mode === 'push') pending.history = 'push'
  } else {
    let resolve!: (search: URLSearchParams) => void
    const written = new Promise<URLSearchParams>((r) => (resolve = r))
    const wait = Math.max(0, lastWrite + MIN_WRITE_INTERVAL_MS - performance.now())
    pending = { search, history: mode, clean, cancel: afterWaitAndFrame(write, wait), written, resolve }
  }
  notify()
  return pending.written
}
