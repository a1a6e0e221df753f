/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** false when the build was made with OFFLINE=false (scripts/vite-plugins/offline.ts). */
  readonly OFFLINE: boolean
}
