import type { Browser, Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MEASURED_WEIGHTS, fontFile } from '../../../config/fonts.ts'
import { tabularFiguresWidth, textWidth, type FontWeight } from '../../../lib/text-width.ts'
import { buildIndex, filterFacts, type DatasetIndex, type FactFilter } from '../../../domain/dataset-index.ts'
import { loadRealDataset } from '../../../domain/real-dataset.test-support.ts'
import { buildChartModel } from '../chart-model.ts'
import { CHART_IDS } from '../registry.ts'
import { framedScene } from './framed-scene.ts'
import { baseFontSize, typeLadder, type Medium } from './type-ladder.ts'

/*
 * The layout's text widths against Chromium's own measurement of the shipped
 * font: every string each chart draws from the real dataset (titles,
 * subtitles, labels, ticks, key, context figures, source lines), in every
 * medium, at the sizes and weights it draws them.
 */

// scripts/ is type-checked for Node only, so Chromium comes through a path in a variable (as
// real-dataset.test-support.ts does for the dataset build).
const CHROMIUM = '../../../../scripts/chromium.ts'
const TOLERANCE = 0.03

interface Sample {
  text: string
  size: number
  weight: FontWeight
}

let browser: Browser
let page: Page
let samples: Sample[]

const NONE: FactFilter = { companies: [], periods: [] }
const FILTERS: FactFilter[] = [NONE, { companies: ['aws'], periods: [] }, { companies: [], periods: ['2024-Q2'] }]
const FRAMES: [Medium, number, number | null][] = [
  ['card', 320, null],
  ['card', 1280, null],
  ['embed', 640, 360],
  ['slide', 1920, 1080],
  ['image', 800, null],
]

function chartStrings(index: DatasetIndex): Sample[] {
  const seen = new Map<string, Sample>()
  for (const id of CHART_IDS)
    for (const filter of FILTERS) {
      const model = buildChartModel(id, index, filterFacts(index, filter), filter)
      for (const [medium, width, height] of FRAMES) {
        const type = typeLadder(baseFontSize(medium, { width, height: height ?? width * 0.5625 }), medium)
        const scenes = [model.layout({ width, height, type }), framedScene(model, { width, height }, medium)]
        for (const t of scenes.flatMap((s) => s.texts)) {
          const sample = { text: t.text, size: t.size, weight: t.weight }
          seen.set(JSON.stringify(sample), sample)
        }
      }
    }
  return [...seen.values()]
}

beforeAll(async () => {
  samples = chartStrings(buildIndex(await loadRealDataset()))
  const { launchChromium } = (await import(/* @vite-ignore */ CHROMIUM)) as { launchChromium: () => Promise<Browser> }
  browser = await launchChromium()
  page = await browser.newPage()
  const resolve = createRequire(import.meta.url).resolve
  const fonts = MEASURED_WEIGHTS.map((weight) => ({
    weight,
    base64: readFileSync(resolve(fontFile(weight))).toString('base64'),
  }))
  await page.evaluate(async (files) => {
    for (const { weight, base64 } of files) {
      const face = new FontFace('Inter', `url(data:font/woff2;base64,${base64})`, { weight: String(weight) })
      document.fonts.add(await face.load())
    }
  }, fonts)
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('text widths', () => {
  it('come from over a hundred chart strings', () => {
    expect(samples.length).toBeGreaterThan(100)
  })

  it('are within 3% of Chromium’s measurement of the shipped Inter, for every chart string', async () => {
    const measured = await page.evaluate((list) => {
      const ctx = document.createElement('canvas').getContext('2d')!
      return list.map(({ text, size, weight }) => {
        ctx.font = `${weight} ${size}px Inter`
        return ctx.measureText(text).width
      })
    }, samples)
    const off = samples
      .map((s, i) => ({ ...s, measured: measured[i], estimate: textWidth(s.text, s.size, s.weight) }))
      .filter((s) => Math.abs(s.estimate - s.measured) > TOLERANCE * s.measured)
      .map(
        (s) =>
          `"${s.text}" ${s.weight} ${s.size}px: estimated ${s.estimate.toFixed(1)}, drawn ${s.measured.toFixed(1)}`,
      )
    expect(off).toEqual([])
  })

  // The filter chips' counts are set in tabular figures, which a canvas cannot set: a styled element can.
  it('give ten tabular figures the width Chromium sets them at', async () => {
    const drawn = await page.evaluate(() => {
      const span = document.createElement('span')
      span.style.cssText = 'position: absolute; font: 400 100px Inter; font-variant-numeric: tabular-nums'
      span.textContent = '0123456789'
      document.body.append(span)
      const width = span.getBoundingClientRect().width
      span.remove()
      return width
    })
    expect(tabularFiguresWidth(10, 100)).toBeCloseTo(drawn, 1)
  })
})
