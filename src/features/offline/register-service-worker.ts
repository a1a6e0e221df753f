import { registerSW } from 'virtual:pwa-register'
import { showUpdateNotice } from './update-notice.ts'

/**
 * Registers the service worker that keeps the build and the dataset for
 * offline use. A new build waits until the reader chooses to reload, so a
 * talk in progress is never swapped to other numbers mid-sentence; the
 * notice says a newer version is there instead of silently showing old data.
 */
export function registerServiceWorker(): void {
  const update = registerSW({
    onNeedRefresh: () => showUpdateNotice(() => update()),
    onRegisteredSW: (_url, registration) => {
      // The browser looks for a new build on each navigation; a slide deck left open for days
      // also looks when its tab comes back into view.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') registration?.update().catch(() => {})
      })
    },
    // Offline support is a bonus: a browser that refuses the worker (private mode, a policy) still shows the page.
    onRegisterError: () => {},
  })
}
