// Set by the app's start (src/app/start.tsx) while React takes over markup the build prerendered.
let hydrating = false

/**
 * Whether the page on screen is the built one, being taken over: an update that only redraws it for
 * the browser's real sizes can then wait its turn (as a transition), since the page is drawn already.
 */
export const isHydrating = () => hydrating

export function setHydrating(value: boolean) {
  hydrating = value
}
