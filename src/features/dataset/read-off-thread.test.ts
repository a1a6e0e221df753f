import { afterEach, describe, expect, it, vi } from 'vitest'
import { DatasetLoadError } from './load-error.ts'
import { readFileOffThread } from './read-off-thread.ts'

/**
 * A Worker that runs read-file.worker.ts in this process: its messages are structured clones, as a real worker's
 * are (an Error's own fields do not survive them). `fails` stands for a worker script that did not start,
 * `refused` for a page that may not start one, `silent` for a worker still downloading.
 */
function stubWorker({ fails = false, refused = false, silent = false } = {}) {
  const scope = globalThis as unknown as { onmessage?: (e: { data: unknown }) => void }
  class InProcessWorker {
    static ended = 0
    constructor() {
      // A page that may not start workers (a policy, a URL the browser refuses) throws here.
      if (refused) throw new DOMException('refused', 'SecurityError')
    }
    onmessage: ((e: { data: unknown }) => void) | null = null
    onerror: ((e: { preventDefault: () => void }) => void) | null = null
    postMessage(data: unknown) {
      if (fails) return queueMicrotask(() => this.onerror?.({ preventDefault: () => {} }))
      if (silent) return
      vi.stubGlobal('postMessage', (reply: unknown) => this.onmessage?.({ data: structuredClone(reply) }))
      void import('./read-file.worker.ts').then(() => scope.onmessage!({ data: structuredClone(data) }))
    }
    terminate() {
      InProcessWorker.ended += 1
    }
  }
  // A worker's global scope has onmessage; the module sets it.
  vi.stubGlobal('onmessage', null)
  vi.stubGlobal('Worker', InProcessWorker)
  vi.stubGlobal('document', { baseURI: 'https://example.org/dashboards/cloud/?company=aws' })
  return InProcessWorker
}

const serve = (response: () => Response) => {
  const fetchMock = vi.fn<typeof fetch>(async () => response())
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => {
  vi.unstubAllGlobals()
  // The next test's worker runs the module again, as a new worker would.
  vi.resetModules()
})

describe('readFileOffThread', () => {
  it('reads the file relative to the page, not to the worker’s script, and hashes it', async () => {
    stubWorker()
    const fetchMock = serve(() => new Response('{"facts":[]}'))
    const read = await readFileOffThread('data/dataset.json')
    expect(fetchMock.mock.calls[0][0]).toBe('https://example.org/dashboards/cloud/data/dataset.json')
    expect(read.text).toBe('{"facts":[]}')
    expect(read.hash).toMatch(/^[0-9a-f]{14}$/)
  })

  it('rejects with a DatasetLoadError that keeps the file, the status’s words, the details and retryability', async () => {
    stubWorker()
    serve(() => new Response('disk full\nretry later', { status: 503, headers: { 'content-type': 'text/plain' } }))
    const error = await readFileOffThread('data/dataset.json').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatasetLoadError)
    expect(error).toMatchObject({
      failure: 'http',
      file: 'data/dataset.json',
      message: 'data/dataset.json could not be loaded: the server answered 503.',
      details: ['disk full', 'retry later'],
      retryable: true,
    })
  })

  it('reads the file on the page’s thread when the worker does not start', async () => {
    stubWorker({ fails: true })
    const fetchMock = serve(() => new Response('{}'))
    await expect(readFileOffThread('data/dataset.json')).resolves.toMatchObject({ text: '{}' })
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('reads the file on the page’s thread when the page may not start a worker', async () => {
    stubWorker({ refused: true })
    const fetchMock = serve(() => new Response('{}'))
    await expect(readFileOffThread('data/dataset.json')).resolves.toMatchObject({ text: '{}' })
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('rejects with the abort and ends the worker when the read is cancelled', async () => {
    // A download that has not finished when the reader leaves.
    const worker = stubWorker({ silent: true })
    const controller = new AbortController()
    const read = readFileOffThread('data/dataset.json', controller.signal)
    controller.abort(new DOMException('left the page', 'AbortError'))
    await expect(read).rejects.toThrow('left the page')
    expect(worker.ended).toBe(1)
    // Already cancelled: no worker is started.
    expect(() => readFileOffThread('data/dataset.json', controller.signal)).toThrow('left the page')
  })
})
