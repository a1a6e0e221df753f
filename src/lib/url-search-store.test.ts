// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { currentSearch, subscribeSearch, updateSearch } from './url-search-store.ts'

const SUB_PATH = '/dashboards/cloud/index.html'

/** Resolves at the next Back or Forward. */
const nextPopState = () =>
  new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }))

let unsubscribe = () => {}
let changes = 0

beforeEach(() => {
  history.replaceState(null, '', `${SUB_PATH}?company=aws&theme=dark#facts`)
  changes = 0
  unsubscribe = subscribeSearch(() => changes++)
})
afterEach(() => unsubscribe())

describe('the URL search store', () => {
  it('reads an update at once and writes the URL soon after, keeping path, hash and the other parameters', async () => {
    const written = updateSearch({ company: 'aws,azure' }, { history: 'push' })
    expect(currentSearch().get('company')).toBe('aws,azure')
    expect(location.search).toBe('?company=aws&theme=dark')
    expect(changes).toBe(1)

    expect((await written).toString()).toBe('company=aws%2Cazure&theme=dark')
    expect(location.pathname).toBe(SUB_PATH)
    expect(location.hash).toBe('#facts')
    expect(location.search).toBe('?company=aws,azure&theme=dark')
  })

  it('leaves out a parameter set to null', async () => {
    await updateSearch({ theme: null }, { history: 'push' })
    expect(location.search).toBe('?company=aws')
  })

  it('makes one history entry of the updates of one task, pushed if any of them pushes', async () => {
    const before = history.length
    void updateSearch({ q: 'cloud' }, { history: 'replace' })
    void updateSearch({ company: null }, { history: 'push' })
    await updateSearch({ sort: '-value' }, { history: 'replace' })
    expect(history.length).toBe(before + 1)
    expect(location.search).toBe('?theme=dark&q=cloud&sort=-value')
  })

  it('replaces the entry when every update of the task replaces', async () => {
    const before = history.length
    await updateSearch({ q: 'c' }, { history: 'replace' })
    await updateSearch({ q: 'cl' }, { history: 'replace' })
    expect(history.length).toBe(before)
    expect(location.search).toBe('?company=aws&theme=dark&q=cl')
  })

  it('writes what `clean` makes of the whole query, and tells subscribers', async () => {
    history.replaceState(null, '', `${SUB_PATH}?foo=1&company=aws`)
    const withoutFoo = (search: URLSearchParams) => new URLSearchParams([...search].filter(([key]) => key !== 'foo'))
    const written = updateSearch({ theme: 'dark' }, { history: 'push', clean: withoutFoo })
    expect(currentSearch().get('foo')).toBe('1')
    await written
    expect(location.search).toBe('?company=aws&theme=dark')
    expect(changes).toBe(2)
  })

  it('Back and Forward reach every subscriber and read the entry’s query', async () => {
    let other = 0
    const unsubscribeOther = subscribeSearch(() => other++)
    try {
      await updateSearch({ company: 'azure' }, { history: 'push' })
      const [before, otherBefore] = [changes, other]

      const back = nextPopState()
      history.back()
      await back
      expect(currentSearch().get('company')).toBe('aws')
      expect([changes - before, other - otherBefore]).toEqual([1, 1])

      const forward = nextPopState()
      history.forward()
      await forward
      expect(currentSearch().get('company')).toBe('azure')
    } finally {
      unsubscribeOther()
    }
  })

  it('drops an update not yet written when the reader goes Back before it is', async () => {
    const dropped = updateSearch({ theme: 'light' }, { history: 'push' })
    // The browser's Back, arriving before the write's task (a real traversal is queued after it).
    window.dispatchEvent(new PopStateEvent('popstate'))
    expect(currentSearch().get('theme')).toBe('dark')
    expect((await dropped).toString()).toBe('company=aws&theme=dark')
    expect(location.search).toBe('?company=aws&theme=dark')
  })

  /** Runs `body` with a copy of the store whose timers, frames and last write are on a fake clock (16 ms frames). */
  async function onFakeClock(body: (store: typeof import('./url-search-store.ts')) => Promise<void>) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'performance'] })
    vi.resetModules()
    try {
      await body(await import('./url-search-store.ts'))
    } finally {
      vi.useRealTimers()
      vi.restoreAllMocks()
      vi.unstubAllGlobals()
    }
  }

  it('writes the URL once the frame showing the update is painted, not before', () =>
    onFakeClock(async ({ currentSearch, updateSearch }) => {
      void updateSearch({ q: 'c' }, { history: 'push' })
      await vi.advanceTimersByTimeAsync(0)
      expect(currentSearch().get('q')).toBe('c')
      expect(location.search).toBe('?company=aws&theme=dark')
      // The frame comes at 16 ms, and the write in the task after it.
      await vi.advanceTimersByTimeAsync(20)
      expect(location.search).toBe('?company=aws&theme=dark&q=c')
    }))

  it('writes the URL on a page that draws no frames (a hidden tab) 100 ms later', () =>
    onFakeClock(async ({ updateSearch }) => {
      vi.stubGlobal('requestAnimationFrame', () => 0)
      void updateSearch({ q: 'c' }, { history: 'push' })
      await vi.advanceTimersByTimeAsync(99)
      expect(location.search).toBe('?company=aws&theme=dark')
      await vi.advanceTimersByTimeAsync(1)
      expect(location.search).toBe('?company=aws&theme=dark&q=c')
    }))

  it('writes the URL at most every 120 ms, each time with the latest query', () =>
    onFakeClock(async ({ currentSearch, updateSearch }) => {
      void updateSearch({ q: 'c' }, { history: 'replace' })
      // Written after the frame at 16 ms.
      await vi.advanceTimersByTimeAsync(20)
      expect(location.search).toBe('?company=aws&theme=dark&q=c')

      const replace = vi.spyOn(history, 'replaceState')
      void updateSearch({ q: 'cl' }, { history: 'replace' })
      await vi.advanceTimersByTimeAsync(60)
      void updateSearch({ q: 'clo' }, { history: 'replace' })
      await vi.advanceTimersByTimeAsync(50)
      expect(replace).not.toHaveBeenCalled()
      expect(currentSearch().get('q')).toBe('clo')
      // 120 ms after the last write, and the frame after that.
      await vi.advanceTimersByTimeAsync(20)
      expect(replace).toHaveBeenCalledTimes(1)
      expect(location.search).toBe('?company=aws&theme=dark&q=clo')
    }))

  it('stops calling a listener once it unsubscribes', async () => {
    unsubscribe()
    await updateSearch({ theme: 'light' }, { history: 'push' })
    expect(changes).toBe(0)
  })
})
