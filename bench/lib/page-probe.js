// Injected into every benchmarked page before its own scripts (Playwright init script), so the app needs no hook
// for measuring. Plain browser JavaScript: a TypeScript function handed to page.evaluate would be serialised with
// the helpers tsx's compiler adds (__name), which do not exist in the page.
;(() => {
  // A drawn chart mark, in either markup. A chart drawn as plain SVG carries data-chart on its root <svg> and
  // data-fact on each mark. Recharts (the baseline's chart) wraps each bar's shape in .recharts-bar-rectangle: a rect
  // or a circle for custom shapes, a path for the default one; an empty wrapper (a shape that returned null) is no bar.
  const SVG_MARK = 'svg[data-chart] [data-fact]'
  const RECHARTS_BAR = '.recharts-surface .recharts-bar-rectangle'
  const CHART_MARK = `${SVG_MARK}, ${RECHARTS_BAR} :is(path, rect, circle)`
  const drawnBars = () =>
    document.querySelectorAll(SVG_MARK).length +
    [...document.querySelectorAll(RECHARTS_BAR)].filter((g) => g.querySelector('path, rect, circle')).length
  // Generous: at 100× one click keeps the main thread busy for seconds, and giving up early would leave that work
  // to be counted against the next click.
  const SETTLE_TIMEOUT_MS = 30_000

  // rAF runs just before the frame is rendered; a message posted from it is handled after that rendering step,
  // so the time it resolves with is when the frame's pixels have been produced.
  const nextPaint = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now())
        channel.port2.postMessage(null)
      })
    })

  // performance.now() counts from the navigation's start, so these are times since navigation start. `fetched` lists
  // every file whose response had fully arrived when the mark entered the DOM (Resource Timing adds an entry then).
  const firstChart = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(CHART_MARK)) return
      observer.disconnect()
      const inDom = performance.now()
      const fetched = performance.getEntriesByType('resource').map((e) => e.name)
      nextPaint().then((painted) => resolve({ inDom, painted, fetched }))
    })
    // The init script runs before <html> exists: observing the document itself catches everything.
    observer.observe(document, { childList: true, subtree: true })
  })

  // Ready: a chart mark is drawn and responds. A prerendered page draws its charts from the HTML and marks its
  // root aria-busy until the app has taken it over; a page drawn by script is ready when its first mark is drawn.
  const isReady = () => document.querySelector(CHART_MARK) && !document.querySelector('#root[aria-busy="true"]')
  const ready = new Promise((resolve) => {
    const check = () => {
      if (!isReady()) return false
      const fetched = performance.getEntriesByType('resource').map((e) => e.name)
      resolve({ at: performance.now(), fetched })
      return true
    }
    const observer = new MutationObserver(() => check() && observer.disconnect())
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] })
  })

  const withTimeout = (promise, ms, what) =>
    Promise.race([
      promise,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms)),
    ])

  /** The toggle button named `name` in the fieldset whose legend reads `group` (the app's chips, the baseline's). */
  function findToggle(group, name) {
    const fieldset = [...document.querySelectorAll('fieldset')].find(
      (f) => f.querySelector('legend')?.textContent?.trim() === group,
    )
    // The app's chips end with the number of facts they stand for (text "AWS19 facts"): the name comes before it.
    const chipName = (b) =>
      (b.textContent ?? '')
        .trim()
        .replace(/\d[\d,]*(\s*facts?)?$/, '')
        .trim()
    const button = [...(fieldset?.querySelectorAll('button[aria-pressed]') ?? [])].find((b) => chipName(b) === name)
    if (!button) throw new Error(`no toggle "${name}" in a fieldset "${group}"`)
    return button
  }

  /**
   * Clicks the toggle and waits until the DOM has settled: the time is taken at the end of the last frame that
   * painted a DOM change, confirmed by two frames without one. React renders a click's update in a microtask right
   * after it, so that is often the first frame; but a responsive Recharts chart whose height follows its data renders
   * again from a ResizeObserver callback, and a deferred update would come later still: the later frames catch those.
   */
  async function toggle(group, name) {
    const button = findToggle(group, name)
    let mutations = 0
    const observer = new MutationObserver((records) => (mutations += records.length))
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true })
    const t0 = performance.now()
    button.click()
    let seen = 0
    let lastChange = null
    for (let quiet = 0; quiet < 2 && performance.now() - t0 < SETTLE_TIMEOUT_MS;) {
      const t = await nextPaint()
      if (mutations > seen) [seen, lastChange, quiet] = [mutations, t, 0]
      else quiet++
    }
    observer.disconnect()
    if (lastChange === null) throw new Error(`clicking "${name}" changed nothing in the page`)
    return {
      ms: lastChange - t0,
      pressed: findToggle(group, name).getAttribute('aria-pressed') === 'true',
      bars: drawnBars(),
      mutations,
    }
  }

  window.__bench = {
    firstChart: (timeoutMs) => withTimeout(firstChart, timeoutMs, 'first chart'),
    ready: (timeoutMs) => withTimeout(ready, timeoutMs, 'a chart that responds'),
    toggle,
    bars: drawnBars,
  }
})()
