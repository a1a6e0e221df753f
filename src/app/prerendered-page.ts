/*
 * The start of a page the build prerendered (src/prerender/): its charts are
 * on screen before any script runs. Until the app takes the markup over, a
 * reader's click is kept and replayed once it has, and a slow data file is
 * said to be slow. Plain DOM: this runs before React does.
 */

/** After this long without the data, the page says it is still waiting (as the loading screen does). */
const SLOW_AFTER_MS = 1500

export interface BuiltPage {
  /** The view state (query string) the page was rendered with. */
  search: string
  /** The content hash of the dataset it was rendered from, and its size in bytes. */
  datasetHash: string | null
  datasetBytes: number | null
  /** The content hashes of the quotes and the article texts the same build wrote. */
  evidenceHash: string | null
  textsHash: string | null
}

/** What the build recorded on the root, or null for a page it did not prerender. */
export function builtPage(root: HTMLElement): BuiltPage | null {
  const search = root.dataset.prerendered
  if (search === undefined) return null
  const { datasetHash = null, datasetBytes, evidenceHash = null, textsHash = null } = root.dataset
  return { search, datasetHash, datasetBytes: datasetBytes ? Number(datasetBytes) : null, evidenceHash, textsHash }
}

/**
 * Keeps the last click (or Enter or Space) on a button inside `root`, or a click on a chart's mark (built as an
 * image, which no Tab reaches while it selects nothing), until the
 * app starts taking the page over, then replays it on the same element once it
 * has: hydration keeps the DOM nodes, so the reader's choice is not lost.
 * Links are left alone: each has an href that works without the app (a download,
 * another page, a place on this one), and a replayed click would not be the
 * reader's, so the browser could refuse to download or open a tab for it.
 * A click made while React hydrates is React's: it finishes hydrating first and
 * then handles it, so keeping that one too would act on it twice.
 */
function keepEarlyClick(root: HTMLElement): { stop: () => void; replay: () => void } {
  let pending: Element | null = null
  const onClick = (e: Event) => {
    const target = (e.target as Element).closest('a, button, [role="button"], [data-fact]')
    if (!target || target.localName === 'a' || !root.contains(target)) return
    e.preventDefault()
    pending = target
  }
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') onClick(e)
  }
  root.addEventListener('click', onClick, true)
  root.addEventListener('keydown', onKey, true)
  const stop = () => {
    root.removeEventListener('click', onClick, true)
    root.removeEventListener('keydown', onKey, true)
  }
  const replay = () => {
    stop()
    if (pending?.isConnected) pending.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
    pending = null
  }
  return { stop, replay }
}

/** Says, after SLOW_AFTER_MS, that the data file is slow to arrive; `dismiss` removes it (or stops it showing). */
export function slowDataNotice(file: string, doc: Document = document): { dismiss: () => void } {
  let box: HTMLElement | null = null
  const timer = setTimeout(() => {
    box = doc.createElement('p')
    box.setAttribute('role', 'status')
    box.className =
      'no-print fixed inset-x-0 bottom-4 z-50 mx-auto w-fit max-w-[calc(100%-2rem)] rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'
    box.textContent = `Loading ${file}: the server is taking longer than usual to send it. The charts shown are as built; they respond once it arrives.`
    doc.body.append(box)
  }, SLOW_AFTER_MS)
  return {
    dismiss: () => {
      clearTimeout(timer)
      box?.remove()
    },
  }
}

/** Resolves once the page has painted a frame: a task after the next animation frame. */
export const afterFirstPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)))

let early: ReturnType<typeof keepEarlyClick> | null = null

/** From the first script on (src/main.tsx): clicks on the built page are kept until replayEarlyClick. */
export function keepEarlyClicks(root: HTMLElement) {
  early ??= keepEarlyClick(root)
}

/** Stops keeping clicks (React is about to take them), still holding the one kept so far for replayEarlyClick. */
export function stopKeepingEarlyClicks() {
  early?.stop()
}

/** Replays the click kept since keepEarlyClicks, if any (dropped if its element is gone), and stops keeping. */
export function replayEarlyClick() {
  early?.replay()
  early = null
}
