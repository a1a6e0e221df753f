import { QueryObserver } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DATASET_FILE, datasetQueryOptions, DatasetLoadError } from '../features/dataset/index.ts'
import { createQueryClient } from './query-client.ts'

/*
 * The dataset query's retry policy, proven on a stopped clock: only setTimeout is faked (the query's retry delay
 * is a setTimeout), so a failure that waited for a timer would never settle unless the test moves the clock.
 */

const queries = () => createQueryClient().getDefaultOptions().queries!
const retry = queries().retry as (failures: number, error: Error) => boolean
const RETRY_DELAY = queries().retryDelay as number

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** Answers every request for the dataset with `status`, or with a network error; returns the mock to count calls. */
function answer(status: number | 'network') {
  const fetchMock = vi.fn<typeof fetch>(async () => {
    if (status === 'network') throw new TypeError('Failed to fetch')
    return new Response('no dataset here', { status })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** Settles pending promises (fetch, the body, the validator import) without moving the fake clock. */
const settle = () => new Promise((resolve) => setImmediate(resolve))

/** Settles until `done` holds, at most `rounds` times: no clock involved, so a failure here is a real hang. */
async function settleUntil(done: () => boolean, rounds = 50) {
  for (let i = 0; i < rounds && !done(); i++) await settle()
}

describe('the dataset query’s retry policy', () => {
  it('retries a network error or a 5xx once, never twice', () => {
    const failure = new DatasetLoadError('http', DATASET_FILE, 'x', [], true)
    expect(retry(0, failure)).toBe(true)
    expect(retry(1, failure)).toBe(false)
  })

  it('never retries a 404, bad JSON or a schema error, nor an unexpected error', () => {
    expect(retry(0, new DatasetLoadError('http', DATASET_FILE, 'x', [], false))).toBe(false)
    expect(retry(0, new Error('unexpected'))).toBe(false)
  })

  it('fails a 404 at once: one request, and no timer has to run for the error to show', async () => {
    const fetchMock = answer(404)
    const client = createQueryClient()
    const key = datasetQueryOptions().queryKey
    let settled = false
    void client.prefetchQuery(datasetQueryOptions()).then(() => (settled = true))
    await settleUntil(() => settled)
    expect(settled, 'the query settled without the clock moving').toBe(true)
    expect(client.getQueryState(key)).toMatchObject({ status: 'error', fetchFailureCount: 1 })
    expect(fetchMock).toHaveBeenCalledTimes(1)
    // Nothing comes later either.
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('does not ask again when the page mounts after the start-up request has failed', async () => {
    // main.tsx asks for the dataset before the first render; a 404 can fail it before the gate's useQuery mounts.
    const fetchMock = answer(404)
    const client = createQueryClient()
    await client.prefetchQuery(datasetQueryOptions())
    expect(fetchMock).toHaveBeenCalledTimes(1)
    const observer = new QueryObserver(client, datasetQueryOptions())
    const unsubscribe = observer.subscribe(() => {})
    await settle()
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    unsubscribe()
    expect(observer.getCurrentResult().status).toBe('error')
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  for (const status of [500, 'network'] as const) {
    it(`retries ${status === 500 ? 'a 500' : 'a network error'} once, after the retry delay, then fails and stays quiet`, async () => {
      const fetchMock = answer(status)
      const client = createQueryClient()
      const key = datasetQueryOptions().queryKey
      let settled = false
      void client.prefetchQuery(datasetQueryOptions()).then(() => (settled = true))
      // The first failure is recorded just before the retry's timer is set.
      await settleUntil(() => client.getQueryState(key)?.fetchFailureCount === 1)
      expect(fetchMock).toHaveBeenCalledTimes(1)
      expect(client.getQueryState(key)?.status).toBe('pending')

      // The retry waits for its delay, and for nothing else.
      await vi.advanceTimersByTimeAsync(RETRY_DELAY - 1)
      expect(fetchMock).toHaveBeenCalledTimes(1)
      expect(settled).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      await settleUntil(() => settled)
      expect(settled).toBe(true)
      expect(fetchMock).toHaveBeenCalledTimes(2)
      expect(client.getQueryState(key)).toMatchObject({ status: 'error', fetchFailureCount: 2 })

      // No silent retry later: ten minutes on, still two requests.
      await vi.advanceTimersByTimeAsync(10 * 60_000)
      expect(fetchMock).toHaveBeenCalledTimes(2)
    })
  }

  it('keeps the retry delay short: a reader waits at most one delay before the error', () => {
    expect(RETRY_DELAY).toBeLessThanOrEqual(1_000)
  })
})
