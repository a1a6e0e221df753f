import react from '@vitejs/plugin-react'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createServer, type Plugin, type ResolvedConfig } from 'vite'
import { Dataset } from '../../src/domain/schema.ts'
import type { DataRelease } from '../../src/config/release.ts'
import { contentHash } from '../../src/lib/content-hash.ts'
import { datasetJsonLd, injectJsonLd } from '../data-package/json-ld.ts'
import { rasterisePng } from '../static-images/rasterise.ts'
import { fontMetricsPlugin } from './font-metrics.ts'
import { inlineStylesheets } from './inline-stylesheet.ts'
import { PREVIEW_IMAGE, titledPage } from './link-preview.ts'
import { injectPrerendered } from './prerender-inject.ts'

interface ServerEntry {
  PRERENDERED_PAGES: { file: string; search: string; title?: string }[]
  renderPage: (dataset: unknown, search: string) => Promise<string>
  previewImageSvg: (dataset: unknown, size: { width: number; height: number }) => Promise<string>
  staticChartImages: (dataset: unknown) => Promise<{ file: string; svg: string; width: number }[]>
}

/**
 * After the build: renders the default dashboard and each chart's embed into
 * static HTML pages, from the bundled dataset, so charts and their numbers are
 * on screen before any script runs (and for readers, unfurlers and crawlers
 * without it); and draws the link-preview image and each chart's static image (the image snippet)
 * with the app's export code.
 * The app's modules run in Node through a Vite server; nothing here ships.
 */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    // Before the service worker is generated, so it precaches the pages as they ship.
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (config.build.ssr) return
        const outDir = resolve(config.root, config.build.outDir)
        const server = await createServer({
          configFile: false,
          root: config.root,
          logLevel: 'error',
          plugins: [react(), fontMetricsPlugin()],
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
          // The build's constants (the data release in the footer), so the pages match what hydrates them.
          define: config.define,
        })
        try {
          const entry = (await server.ssrLoadModule('/src/prerender/render-page.tsx')) as ServerEntry
          const text = readFileSync(join(outDir, 'data/dataset.json'), 'utf8')
          const dataset: unknown = JSON.parse(text)
          const datasetHash = contentHash(text)
          const datasetBytes = Buffer.byteLength(text)
          const hashOf = (file: string) => contentHash(readFileSync(join(outDir, file), 'utf8'))
          const evidenceHash = hashOf('data/evidence.json')
          const textsHash = hashOf('data/articles.json')
          // Every page describes the same Dataset (schema.org JSON-LD), so a crawler landing on an embed finds it too.
          const release = JSON.parse(String(config.define?.__DATA_RELEASE__)) as DataRelease
          // Every built page is written from this one, so the stylesheet it inlines is asked for by none: not shipped.
          const inlined: string[] = []
          const template = injectJsonLd(
            inlineStylesheets(readFileSync(join(outDir, 'index.html'), 'utf8'), (href) => {
              inlined.push(join(outDir, href))
              return readFileSync(join(outDir, href), 'utf8')
            }),
            datasetJsonLd(Dataset.parse(dataset), release),
          )
          for (const file of inlined) rmSync(file)
          const unlinked = readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.css'))
          if (unlinked.length)
            throw new Error(
              `${unlinked.join(', ')}: a stylesheet the built pages do not carry inline ` +
                '(inline-stylesheet.ts found no <link rel="stylesheet"> to it in index.html)',
            )
          for (const page of entry.PRERENDERED_PAGES) {
            const markup = await entry.renderPage(dataset, page.search)
            const url = release.publicUrl && new URL(page.file + page.search, release.publicUrl).href
            const head = page.title ? titledPage(template, { title: page.title, url }) : template
            writeFileSync(
              join(outDir, page.file),
              injectPrerendered(head, markup, { ...page, datasetHash, datasetBytes, evidenceHash, textsHash }),
            )
          }
          writeFileSync(
            join(outDir, PREVIEW_IMAGE.file),
            rasterisePng(await entry.previewImageSvg(dataset, PREVIEW_IMAGE), PREVIEW_IMAGE.width).png,
          )
          // The image snippet's pictures, at twice their width for sharp screens.
          for (const image of await entry.staticChartImages(dataset))
            writeFileSync(join(outDir, image.file), rasterisePng(image.svg, image.width * 2).png)
        } finally {
          await server.close()
        }
      },
    },
  }
}
