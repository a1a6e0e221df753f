// Signals for the start-up code that hands a prerendered page over: each fires once, and a callback
// registered after it ran at once.
function once() {
  let fired = false
  let pending: (() => void)[] = []
  return {
    when(callback: () => void) {
      if (fired) callback()
      else pending.push(callback)
    },
    fire() {
      fired = true
      const callbacks = pending
      pending = []
      for (const callback of callbacks) callback()
    },
  }
}

const mounted = once()
const shown = once()

/** Runs `callback` once the app's shell is mounted (hydrated or rendered): right away if it already is. */
export const whenAppMounted = mounted.when
/** For the app's root component, in an effect: the page is now the app's. */
export const appMounted = mounted.fire

/**
 * Runs `callback` once the view the URL asks for (dashboard, embed, slides) is mounted. A lazy view hydrates
 * after the shell: until then its built markup has no handlers, and a click replayed on it would be lost.
 */
export const whenViewShown = shown.when
/** For a component beside the view, inside its Suspense boundary: it commits with the view. */
export const viewShown = shown.fire
