// Settled once the app has committed its first render: for the start-up code that hands a prerendered page over, and
// for code that need not load before the page is the app's.
let pending: (() => void)[] = []

/** Runs `callback` once the app is mounted (hydrated or rendered): right away if it already is. */
export function whenAppMounted(callback: () => void) {
  if (mounted) callback()
  else pending.push(callback)
}

let mounted = false

/** For the app's root component, in an effect: the page is now the app's. */
export function appMounted() {
  mounted = true
  const callbacks = pending
  pending = []
  for (const callback of callbacks) callback()
}
