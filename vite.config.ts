/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { cspPlugin } from './scripts/csp-plugin.ts'
import { dataPackagePlugin } from './scripts/data-package/vite-plugin.ts'
import { datasetPlugin } from './scripts/dataset/vite-plugin.ts'
import { fontMetricsPlugin } from './scripts/font-metrics-plugin.ts'
import { linkPreviewPlugin } from './scripts/link-preview-plugin.ts'
import { offlineEnabled, offlinePlugin } from './scripts/offline-plugin.ts'
import { prerenderPlugin } from './scripts/prerender/vite-plugin.ts'

export default defineConfig({
  // Relative asset and data URLs, so the build works from any sub-path of a static host.
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    datasetPlugin(),
    fontMetricsPlugin(),
    dataPackagePlugin({ publicUrl: process.env.PUBLIC_URL }),
    cspPlugin(),
    linkPreviewPlugin({ publicUrl: process.env.PUBLIC_URL }),
    prerenderPlugin(),
    offlinePlugin({ enabled: offlineEnabled(process.env.OFFLINE) }),
  ],
  preview: { port: 4173, strictPort: true },
  // React, React DOM and Recharts alone are ~560 kB raw; the size that matters is checked against the
  // bench baseline by scripts/check-bundle-budget.ts, so Vite's generic 500 kB warning is only noise.
  build: { chunkSizeWarningLimit: 700 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
  },
})
