/*
 * Cloud market dashboard: sizes responsive embeds to their content.
 * Include once per page after the iframes (the embed code does this). Each
 * iframe marked data-cloud-market-embed gets the height its own chart reports;
 * a message counts only if it comes from that iframe's window and origin.
 */
;(function () {
  const TYPE = 'cloud-market-dashboard:height'
  const MAX_HEIGHT = 4000
  if (window.__cloudMarketEmbedResize) return
  window.__cloudMarketEmbedResize = true

  window.addEventListener('message', function (event) {
    const data = event.data
    if (!data || data.type !== TYPE || typeof data.height !== 'number' || !(data.height > 0)) return
    const frames = document.querySelectorAll('iframe[data-cloud-market-embed]')
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i]
      if (frame.contentWindow !== event.source) continue
      if (new URL(frame.src, document.baseURI).origin !== event.origin) return
      frame.style.height = Math.ceil(Math.min(data.height, MAX_HEIGHT)) + 'px'
      return
    }
  })
})()
