/*
 * Cloud market dashboard: sizes responsive embeds to their content, tells every embed what the page
 * behind it looks like, and replays on the page the keys an embed does not use, so a slide deck or a
 * scrolling page behaves as if the iframe were not there.
 * Include once per page after the iframes (the embed code does this). Only iframes marked
 * data-cloud-market-embed are heard: a message counts only if it comes from such an iframe's window and
 * that iframe's origin, and the page's colours are sent to that window and origin only. A key counts only
 * from the app's own origin (the one this script is served from), and only if it is one a deck or a page
 * moves with; nothing else is ever replayed.
 */
;(function () {
  const HEIGHT = 'cloud-market-dashboard:height'
  const HELLO = 'cloud-market-dashboard:hello'
  const HOST = 'cloud-market-dashboard:host'
  const KEY = 'cloud-market-dashboard:key'
  const MAX_HEIGHT = 4000
  /** The keys replayed (src/features/embed/forward-keys.ts), with the keyCode that reveal.js and others read. */
  const KEY_CODES = {
    ArrowLeft: 37,
    ArrowUp: 38,
    ArrowRight: 39,
    ArrowDown: 40,
    PageUp: 33,
    PageDown: 34,
    ' ': 32,
    Home: 36,
    End: 35,
    Escape: 27,
  }
  /** How far a key scrolls where nothing on the page takes it, about as browsers do: a line, or most of a page. */
  const LINE = 40
  const PAGE = 0.875
  if (window.__cloudMarketEmbedResize) return
  window.__cloudMarketEmbedResize = true

  const script = document.currentScript
  const APP_ORIGIN = script && script.src ? new URL(script.src, document.baseURI).origin : null
  const FRAMES = 'iframe[data-cloud-market-embed]'

  const transparent = (c) => !c || c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c)
  const originOf = (frame) => new URL(frame.src, document.baseURI).origin

  /** The colour behind the iframe: the first ancestor that paints one (a gradient gives its stops). */
  function backgroundBehind(frame) {
    for (let el = frame.parentElement; el; el = el.parentElement) {
      const style = getComputedStyle(el)
      const stops = (style.backgroundImage || '').match(/rgba?\([^)]*\)/g)
      if (stops && stops.length) return stops
      if (!transparent(style.backgroundColor)) return [style.backgroundColor]
    }
    return []
  }

  /** The colour scheme the iframe is given by its page: what the embed must declare to be drawn without a backdrop. */
  function usedScheme(frame) {
    const declared = getComputedStyle(frame).colorScheme || 'normal'
    const dark = /\bdark\b/.test(declared)
    const light = /\blight\b/.test(declared)
    if (dark && light) return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
    return dark ? 'dark' : 'light'
  }

  function tell(frame) {
    const origin = originOf(frame)
    const look = {
      type: HOST,
      scheme: usedScheme(frame),
      background: backgroundBehind(frame),
      keys: origin === APP_ORIGIN,
    }
    frame.contentWindow.postMessage(look, origin)
  }

  const pageScroller = () => document.scrollingElement || document.documentElement

  /** The box a key scrolls: the nearest ancestor of the iframe that scrolls that way, else the page. */
  function scrollerOf(frame, vertical) {
    for (let el = frame.parentElement; el && el !== document.body; el = el.parentElement) {
      const style = getComputedStyle(el)
      const room = vertical ? el.scrollHeight > el.clientHeight : el.scrollWidth > el.clientWidth
      if (room && /auto|scroll/.test(vertical ? style.overflowY : style.overflowX)) return el
    }
    return pageScroller()
  }

  /** What the browser does with a key nothing on the page took: scroll. */
  function scrollFor(frame, key, shiftKey) {
    if (key === 'Escape') return
    const vertical = key !== 'ArrowLeft' && key !== 'ArrowRight'
    const box = scrollerOf(frame, vertical)
    const page = (box === pageScroller() ? window.innerHeight : box.clientHeight) * PAGE
    const by = {
      ArrowUp: -LINE,
      ArrowDown: LINE,
      ArrowLeft: -LINE,
      ArrowRight: LINE,
      PageUp: -page,
      PageDown: page,
      ' ': shiftKey ? -page : page,
      Home: -box.scrollHeight,
      End: box.scrollHeight,
    }[key]
    box.scrollBy(vertical ? { top: by } : { left: by })
  }

  /** The key pressed in the embed, pressed again on its iframe: listeners on the page hear it as their own. */
  function replay(frame, data) {
    if (!Object.prototype.hasOwnProperty.call(KEY_CODES, data.key)) return
    const init = {
      key: data.key,
      code: typeof data.code === 'string' && /^\w{1,32}$/.test(data.code) ? data.code : '',
      shiftKey: data.shiftKey === true,
      altKey: data.altKey === true,
      repeat: data.repeat === true,
      bubbles: true,
      cancelable: true,
      composed: true,
    }
    const event = new KeyboardEvent('keydown', init)
    // Not settable through the constructor, and still what many libraries read.
    Object.defineProperty(event, 'keyCode', { value: KEY_CODES[data.key] })
    Object.defineProperty(event, 'which', { value: KEY_CODES[data.key] })
    if (frame.dispatchEvent(event)) scrollFor(frame, init.key, init.shiftKey)
  }

  window.addEventListener('message', function (event) {
    const data = event.data
    if (!data || (data.type !== HEIGHT && data.type !== HELLO && data.type !== KEY)) return
    const frames = document.querySelectorAll(FRAMES)
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i]
      if (frame.contentWindow !== event.source) continue
      if (originOf(frame) !== event.origin) return
      if (data.type === HELLO) return tell(frame)
      if (data.type === KEY) return event.origin === APP_ORIGIN ? replay(frame, data) : undefined
      if (typeof data.height !== 'number' || !(data.height > 0)) return
      frame.style.height = Math.ceil(Math.min(data.height, MAX_HEIGHT)) + 'px'
      return
    }
  })

  // Embeds that said hello before this script ran hear from it now; the others will ask.
  document.querySelectorAll(FRAMES).forEach(function (frame) {
    if (frame.contentWindow && frame.src) tell(frame)
  })
})()
