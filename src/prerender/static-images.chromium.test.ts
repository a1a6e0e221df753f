import type { Browser, Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FONT_FAMILY, MEASURED_WEIGHTS, fontFile } from '../config/fonts.ts'
import { loadRealDataset } from '../domain/real-dataset.test-support.ts'
import type { Dataset } from '../domain/schema.ts'
import { previewImageSvg, staticChartImages } from './render-page.tsx'

/*
 * The build's PNGs against Chromium's drawing of the same SVG with the shipped font embedded (what the app's PNG
 * export does): the build draws with Inter and nothing else, so the two differ only by anti-aliasing at the edges
 * of glyphs (0.9–1.5 % of pixels). Drawn with DejaVu Sans, as the build did, 7.2 % of the market-share image's differ.
 */

// scripts/ is type-checked for Node only: its modules come through paths in variables (see text-width.chromium.test.ts).
const CHROMIUM = '../../scripts/chromium.ts'
const RASTERISE = '../../scripts/static-images/rasterise.ts'
type Rasterise = (svg: string, width: number) => { png: Buffer; width: number; height: number }

let browser: Browser
let page: Page
let dataset: Dataset
let rasterisePng: Rasterise

beforeAll(async () => {
  const { launchChromium } = (await import(/* @vite-ignore */ CHROMIUM)) as { launchChromium: () => Promise<Browser> }
  ;({ rasterisePng } = (await import(/* @vite-ignore */ RASTERISE)) as { rasterisePng: Rasterise })
  dataset = await loadRealDataset()
  browser = await launchChromium()
  page = await browser.newPage()
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

/** The @font-face rules the app's export embeds: the same files, as data URLs. */
function embeddedFaces(): string {
  const resolveFile = createRequire(import.meta.url).resolve
  return MEASURED_WEIGHTS.map((weight) => {
    const data = readFileSync(resolveFile(fontFile(weight))).toString('base64')
    return `@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2')}`
  }).join('')
}

interface Difference {
  /** Share of pixels whose colour differs by more than a quarter of the range in any channel. */
  changed: number
}

/** Chromium draws the SVG (fonts embedded) at the PNG's size; the share of pixels that differ clearly. */
function compareInChromium(svg: string, png: Buffer): Promise<Difference> {
  const withFont = svg.replace(/(<svg[^>]*>)/, `$1<style>${embeddedFaces()}</style>`)
  return page.evaluate(
    async ({ svg, png }) => {
      const load = async (src: string) => {
        const img = new Image()
        img.src = src
        await img.decode()
        return img
      }
      const built = await load(`data:image/png;base64,${png}`)
      const drawn = await load(`data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svg)))}`)
      const pixels = (img: HTMLImageElement) => {
        const canvas = document.createElement('canvas')
        canvas.width = built.naturalWidth
        canvas.height = built.naturalHeight
        const context = canvas.getContext('2d')!
        context.drawImage(img, 0, 0, canvas.width, canvas.height)
        return context.getImageData(0, 0, canvas.width, canvas.height).data
      }
      const [a, b] = [pixels(built), pixels(drawn)]
      let changed = 0
      for (let i = 0; i < a.length; i += 4) {
        const d = Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]))
        if (d > 64) changed++
      }
      return { changed: changed / (a.length / 4) }
    },
    { svg: withFont, png: png.toString('base64') },
  )
}

describe('the build’s static images', () => {
  it('draw each chart as Chromium draws the same SVG in the shipped font', async () => {
    for (const image of await staticChartImages(dataset)) {
      const built = rasterisePng(image.svg, image.width * 2)
      const diff = await compareInChromium(image.svg, built.png)
      expect(diff.changed, image.file).toBeLessThan(0.02)
    }
  }, 60_000)

  it('draw the link preview within its 1200 × 630 box, as Chromium does', async () => {
    const svg = await previewImageSvg(dataset, { width: 1200, height: 630 })
    const built = rasterisePng(svg, 1200)
    expect([built.width, built.height]).toEqual([1200, 630])
    const diff = await compareInChromium(svg, built.png)
    expect(diff.changed).toBeLessThan(0.02)
  }, 60_000)
})
