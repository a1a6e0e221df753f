// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import script from '../../../public/embed-resize.js?raw'
import { HEIGHT_MESSAGE } from './embed-links.ts'
import { FORWARDED_KEYS, KEY_MESSAGE } from './forward-keys.ts'
import { HELLO_MESSAGE, HOST_MESSAGE } from './host-scheme.ts'

/*
 * public/embed-resize.js as a host page runs it: loaded from the app's origin, beside an embed of the
 * app, an iframe of the app the page did not mark as an embed, and a marked iframe of another site.
 */
const APP = 'https://app.example'
const frames = {} as Record<'embed' | 'unmarked' | 'foreign', HTMLIFrameElement>
const scrolls: ScrollToOptions[] = []

beforeAll(() => {
  document.body.innerHTML = `
    <iframe id="embed" data-cloud-market-embed src="${APP}/embed-market-share.html?view=embed"></iframe>
    <iframe id="unmarked" src="${APP}/embed-layoffs.html?view=embed"></iframe>
    <iframe id="foreign" data-cloud-market-embed src="https://other.example/chart.html"></iframe>`
  for (const id of ['embed', 'unmarked', 'foreign'] as const)
    frames[id] = document.getElementById(id) as HTMLIFrameElement
  // jsdom scrolls nothing: what the script asks for is recorded instead.
  Element.prototype.scrollBy = function (options?: ScrollToOptions | number) {
    scrolls.push(options as ScrollToOptions)
  } as Element['scrollBy']
  Object.defineProperty(document, 'currentScript', { value: { src: `${APP}/embed-resize.js` }, configurable: true })
  new Function(script)()
  Object.defineProperty(document, 'currentScript', { value: null })
})

afterEach(() => {
  scrolls.length = 0
  vi.restoreAllMocks()
})

/** A message as the browser delivers it: from a window, stamped with that window's origin. */
const post = (data: unknown, source: Window | null, origin = APP) =>
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }))

/** The keydown events the page hears while `act` runs. */
function heard(act: () => void, onKey?: (e: KeyboardEvent) => void) {
  const keys: KeyboardEvent[] = []
  const listen = (e: KeyboardEvent) => {
    keys.push(e)
    onKey?.(e)
  }
  document.addEventListener('keydown', listen)
  act()
  document.removeEventListener('keydown', listen)
  return keys
}

const key = (k: string, extra: object = {}) => ({ type: KEY_MESSAGE, key: k, code: 'X', shiftKey: false, ...extra })

describe('embed-resize.js replaying keys', () => {
  it.each(FORWARDED_KEYS)('replays “%s” from its embed on the iframe, with the keyCode decks read', (k) => {
    const [event, ...more] = heard(() => post(key(k, { shiftKey: true }), frames.embed.contentWindow))
    expect(more).toEqual([])
    expect(event.target).toBe(frames.embed)
    expect([event.key, event.shiftKey, event.ctrlKey]).toEqual([k, true, false])
    expect(event.keyCode).toBeGreaterThan(0)
    expect(event.isTrusted).toBe(false)
  })

  it('does what the browser would where nothing on the page takes the key: scroll, or nothing for Escape', () => {
    heard(() => post(key('ArrowDown'), frames.embed.contentWindow))
    heard(() => post(key(' ', { shiftKey: true }), frames.embed.contentWindow))
    heard(() => post(key('Escape'), frames.embed.contentWindow))
    expect(scrolls).toHaveLength(2)
    expect(scrolls[0].top).toBeGreaterThan(0)
    expect(scrolls[1].top).toBeLessThan(0)
  })

  it('leaves the scroll to the page where a listener there takes the key (a deck moving a slide)', () => {
    const keys = heard(
      () => post(key('ArrowRight'), frames.embed.contentWindow),
      (e) => e.preventDefault(),
    )
    expect(keys).toHaveLength(1)
    expect(scrolls).toEqual([])
  })

  it('replays no other key, nor a Ctrl or Meta it was not given', () => {
    for (const k of ['Enter', 'Tab', 'a', 'F5', 'Backspace', 'constructor', '__proto__', 'toString', '', 42])
      expect(
        heard(() => post(key(k as string), frames.embed.contentWindow)),
        String(k),
      ).toEqual([])
    const [event] = heard(() => post(key('End', { ctrlKey: true, metaKey: true }), frames.embed.contentWindow))
    expect([event.ctrlKey, event.metaKey]).toEqual([false, false])
  })

  it('hears keys only from its embeds’ windows, and only from the app’s origin', () => {
    // A window that is no embed: the page itself, an iframe not marked as one, none at all.
    for (const source of [window, frames.unmarked.contentWindow, null])
      expect(heard(() => post(key('ArrowRight'), source))).toEqual([])
    // The embed's window, navigated elsewhere: the origin is no longer the app's.
    expect(heard(() => post(key('ArrowRight'), frames.embed.contentWindow, 'https://evil.example'))).toEqual([])
    // A marked iframe of another site, speaking from its own origin: a height is fine, a key is not.
    expect(heard(() => post(key('ArrowRight'), frames.foreign.contentWindow, 'https://other.example'))).toEqual([])
  })
})

describe('embed-resize.js answering an embed', () => {
  it('tells its embed the page’s look, and that it replays keys, at the embed’s origin only', () => {
    const answer = vi.spyOn(frames.embed.contentWindow!, 'postMessage').mockImplementation(() => {})
    post({ type: HELLO_MESSAGE }, frames.embed.contentWindow)
    expect(answer).toHaveBeenCalledOnce()
    const [message, origin] = answer.mock.calls[0] as unknown as [Record<string, unknown>, string]
    expect(origin).toBe(APP)
    expect(message).toMatchObject({ type: HOST_MESSAGE, keys: true })
    expect(['light', 'dark']).toContain(message.scheme)
  })

  it('tells an embed of another origin that it will not replay its keys', () => {
    const answer = vi.spyOn(frames.foreign.contentWindow!, 'postMessage').mockImplementation(() => {})
    post({ type: HELLO_MESSAGE }, frames.foreign.contentWindow, 'https://other.example')
    expect(answer.mock.calls[0]).toEqual([expect.objectContaining({ keys: false }), 'https://other.example'])
  })

  it('sizes an embed to the height it reports, and no other iframe', () => {
    post({ type: HEIGHT_MESSAGE, height: 612.4 }, frames.embed.contentWindow)
    expect(frames.embed.style.height).toBe('613px')
    post({ type: HEIGHT_MESSAGE, height: 900 }, frames.unmarked.contentWindow)
    expect(frames.unmarked.style.height).toBe('')
  })
})
