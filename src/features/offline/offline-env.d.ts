/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** false when the build was made with OFFLINE=false (scripts/offline-plugin.ts). */
  readonly OFFLINE: boolean
}
