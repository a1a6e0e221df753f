import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { FACTS_CSV } from '../../src/config/site-files.ts'

/**
 * What the service worker precaches: the app (HTML, JS, CSS, icons) and every
 * dataset file, so the dashboard, embeds and slides work with no network after
 * one visit. `data/*.json` rather than the one file: the dataset may be split.
 * The package's facts.csv too: "Download all facts" saves it.
 */
const PRECACHE_GLOBS = ['**/*.{html,js,css,svg}', 'data/*.json', FACTS_CSV.path]

/**
 * Navigations that must reach the file they name, not the app: a last path
 * segment with an extension other than .html (robots.txt, a preview image).
 * Workbox tests it against the path and query of the navigation.
 */
export const NOT_THE_APP = /^[^?]*\/[^/?]+\.(?!html?(?:$|\?))[^/?.]+(?:$|\?)/i

/** `OFFLINE=false` (or 0, off, no) at build time turns the offline copy off; anything else leaves it on. */
export function offlineEnabled(value: string | undefined): boolean {
  return !/^(false|0|off|no)$/i.test(value?.trim() ?? '')
}

/**
 * The service worker (vite-plugin-pwa with Workbox). The page registers it
 * itself, after the first paint (src/features/offline/), so nothing is
 * injected into index.html and no script runs inline. It waits for the
 * reader's "Reload" before a new build takes over ("prompt").
 *
 * Turned off, the build still writes a sw.js: one that removes itself and its
 * caches, so browsers that kept an earlier build's copy drop it on their next
 * visit. The page then never registers anything (`import.meta.env.OFFLINE`).
 */
export function offlinePlugin({ enabled }: { enabled: boolean }): Plugin[] {
  const flag: Plugin = {
    name: 'offline-flag',
    config: () => ({ define: { 'import.meta.env.OFFLINE': JSON.stringify(enabled) } }),
  }
  const worker = VitePWA({
    injectRegister: false,
    registerType: 'prompt',
    manifest: false,
    selfDestroying: !enabled,
    workbox: {
      globPatterns: PRECACHE_GLOBS,
      // Views are query parameters of one page: any navigation gets the cached index.html.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [NOT_THE_APP],
      // The 100× benchmark dataset is larger than Workbox's 2 MiB default, and a dataset left out would break offline.
      maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
    },
  })
  return [flag, ...worker]
}
