/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { cspPlugin } from './scripts/vite-plugins/csp.ts'
import { dataPackagePlugin } from './scripts/vite-plugins/data-package.ts'
import { datasetPlugin } from './scripts/vite-plugins/dataset.ts'
import { fontMetricsPlugin } from './scripts/vite-plugins/font-metrics.ts'
import { linkPreviewPlugin } from './scripts/vite-plugins/link-preview.ts'
import { offlineEnabled, offlinePlugin } from './scripts/vite-plugins/offline.ts'
import { prerenderPlugin } from './scripts/vite-plugins/prerender.ts'
import { publicBaseUrl, publicUrlPlugin } from './scripts/vite-plugins/public-url.ts'
import { reviewPlugin } from './scripts/vite-plugins/review.ts'

// What the first chart needs and lazy chunks (embed, slides, export, validation) share too: left to itself the
// bundler cuts it into a chunk per set of importers (seven, some under 1 kB), and a first load pays each
// file's compression separately, about 4 kB gzip in all. The modules the lazy chunks alone use stay out, and so
// does the citation text, which the first chart does not need (the footer's chunk carries it, as it did in get-data/).
const FIRST_CHART = [
  /\/src\/(components|lib|domain|features\/(charts|dataset|url-state|filters))\//,
  /\/src\/features\/embed\/embed-links\.ts$/,
  /\/node_modules\/(@tanstack|d3-array)\//,
]
/** Modules by file name: "…/name.ts" or "…/name.tsx" for any of `names`. */
const modulesNamed = (names: string[]) => new RegExp(`/(${names.join('|')})\\.tsx?$`)
// Lazy-only modules the charts' index.ts re-exports: the 'app' group takes an index's imports with it, so these
// get a chunk of their own, and being free of side effects, the index's re-export alone does not load them.
const RE_EXPORTED_LAZY_NAMES = ['framed-scene', 'cut-chart', 'quote-picker', 'file-paint', 'filling-type']
const RE_EXPORTED_LAZY = modulesNamed(RE_EXPORTED_LAZY_NAMES)
const LAZY_ONLY = modulesNamed([
  ...RE_EXPORTED_LAZY_NAMES,
  'validate-dataset',
  'schema',
  'zod-config',
  'issue-path',
  'fact-row',
  'evaluate-formula',
  'rounding-range',
  'csv',
  'citation',
  'stem',
  'read-off-thread',
  'EmptyFilterGuidance',
  'empty-guidance',
  'SourcesList',
  'IgnoredParamsNotice',
  'group-ignored',
])
// Re-exported by get-data's index.ts for the embed (EmbedGetData) and imported by the footer, both lazy: free of side
// effects, they load with those chunks and not with the dashboard that imports the index for its deferred footer.
const GET_DATA_COMPONENTS = /\/src\/features\/get-data\/(components\/|cited-charts\.ts$)/
// The same for the toggle that selects a key figure or a table row, which only their lazy chunk draws.
const FACT_TOGGLE = /\/src\/features\/evidence\/FactToggle\.tsx$/
const sideEffectFree = (id: string) => RE_EXPORTED_LAZY.test(id) || GET_DATA_COMPONENTS.test(id) || FACT_TOGGLE.test(id)
// What the entry itself runs before the first frame: in the group, it would make the entry import the whole chunk.
const ENTRY_OWN = modulesNamed(['web-font'])
const sharedByFirstChart = (id: string) =>
  FIRST_CHART.some((path) => path.test(id)) && !LAZY_ONLY.test(id) && !ENTRY_OWN.test(id)

// The site's public address: the one setting behind every absolute URL the build writes (scripts/vite-plugins/public-url.ts).
const publicUrl = publicBaseUrl(process.env.PUBLIC_URL)

export default defineConfig({
  // Relative asset and data URLs, so the build works from any sub-path of a static host.
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    datasetPlugin(),
    fontMetricsPlugin(),
    dataPackagePlugin({ publicUrl }),
    cspPlugin(),
    linkPreviewPlugin({ publicUrl }),
    prerenderPlugin(),
    offlinePlugin({ enabled: offlineEnabled(process.env.OFFLINE) }),
    publicUrlPlugin(publicUrl),
    reviewPlugin(),
  ],
  preview: { port: 4173, strictPort: true },
  // The largest chunk is the deck's (pptxgenjs, about 390 kB raw), fetched only when a deck is made. The size
  // that matters, what loads before the first chart, is checked against the bench baseline by
  // scripts/check-bundle-budget.ts, so Vite's generic 500 kB warning would only be noise.
  build: {
    chunkSizeWarningLimit: 700,
    // One stylesheet, which every built page carries inline (scripts/vite-plugins/inline-stylesheet.ts): no lazy
    // chunk then names a stylesheet of its own to load before it runs, and the file itself need not ship.
    cssCodeSplit: false,
    rolldownOptions: {
      // The prerender, the data package and the service worker take seconds after bundling by design, and
      // longer on a busy machine: a warning that they are slow says nothing about this build.
      checks: { bundlerTimings: false },
      treeshake: { moduleSideEffects: (id: string) => !sideEffectFree(id) },
      output: {
        // The first load names every lazy chunk (to preload what each needs), and a hash is random to gzip: six
        // characters rather than eight take about 100 B gzip off it, and still tell 2^36 versions of a chunk apart.
        chunkFileNames: 'assets/[name]-[hash:6].js',
        codeSplitting: {
          groups: [
            // The entry needs only this helper: inside 'app' it would load the whole chunk before the first frame.
            { name: 'preload-helper', test: /^\0vite\/preload-helper/, priority: 1 },
            { name: 'app', test: sharedByFirstChart },
            { name: 'charts-lazy', test: RE_EXPORTED_LAZY, priority: 2, includeDependenciesRecursively: false },
            // The colours as values, for files and a transparent embed's contrast: left alone, the bundler puts
            // what several lazy chunks share into the first load's chunk, which they all import anyway.
            { name: 'palette', test: /\/src\/config\/palette\.ts$/, priority: 2 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'node',
    // Test files share a worker's module cache: each re-importing React, zod and the dataset cost 60 of the
    // suite's 100 s on two cores. No test relies on a fresh module state (each resets what it changes).
    isolate: false,
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
  },
})
