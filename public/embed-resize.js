/*
 * Cloud market dashboard: sizes responsive embeds to their content and tells
 * every embed what the page behind it looks like.
 * Include once per page after the iframes (the embed code does this). Each
 * iframe marked data-cloud-market-embed gets the height its own chart reports;
 * a message counts only if it comes from that iframe's window and origin, and
 * the page's colours are sent to that window and origin only.
 */
;(function () {
  const HEIGHT = 'cloud-market-dashboard:height'
  const HELLO = 'cloud-market-dashboard:hello'
  const HOST = 'cloud-market-dashboard:host'
  const MAX_HEIGHT = 4000
  if (window.__cloudMarketEmbedResize) return
  window.__cloudMarketEmbedResize = true

  const transparent = (c) => !c || c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c)

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
    const origin = new URL(frame.src, document.baseURI).origin
    const scheme = usedScheme(frame)
    frame.contentWindow.postMessage({ type: HOST, scheme: scheme, background: backgroundBehind(frame) }, origin)
  }

  window.addEventListener('message', function (event) {
    const data = event.data
    if (!data || (data.type !== HEIGHT && data.type !== HELLO)) return
    const frames = document.querySelectorAll('iframe[data-cloud-market-embed]')
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i]
      if (frame.contentWindow !== event.source) continue
      if (new URL(frame.src, document.baseURI).origin !== event.origin) return
      if (data.type === HELLO) return tell(frame)
      if (typeof data.height !== 'number' || !(data.height > 0)) return
      frame.style.height = Math.ceil(Math.min(data.height, MAX_HEIGHT)) + 'px'
      return
    }
  })
})()
