import { whenIdle } from '../../lib/when-idle.ts'

/**
 * Registers the service worker once the page has loaded and the browser is
 * idle: neither its code (a separate chunk) nor the precache downloads it
 * starts compete with the first chart. Production builds only; never in the
 * dev server, and never in a build made with OFFLINE=false.
 */
export function registerServiceWorkerWhenIdle(): void {
  if (!import.meta.env.PROD || !import.meta.env.OFFLINE || !('serviceWorker' in navigator)) return
  const register = () => void import('./register-service-worker.ts').then((m) => m.registerServiceWorker())
  const later = () => void whenIdle(register)
  if (document.readyState === 'complete') later()
  else window.addEventListener('load', later, { once: true })
}
