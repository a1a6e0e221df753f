import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildIndex, filterFacts, type DatasetIndex, type FactFilter } from '../../../domain/dataset-index.ts'
import { loadRealDataset } from '../../../domain/real-dataset.test-support.ts'
import { buildChartModel } from '../chart-model.ts'
import { twoQuarters } from '../../../domain/two-quarters.test-support.ts'
import { CHART_IDS } from '../registry.ts'
import { said } from '../said.test-support.ts'
import { chartFrame, MIN_TEXT_SIZE, type FrameBounds } from './frame.ts'
import { framedScene } from './framed-scene.ts'
import { gridThroughTexts, overlappingTexts, textBox, type Scene } from './scene.ts'
import type { Medium } from './type-ladder.ts'

/*
 * The frame's layout as properties over sizes, for every chart and medium: widths from a narrow phone column to a
 * 1440p screen, fixed frames from 4:3 to 21:9 and frames that take their content's height. The scene checked is
 * the frame as it is drawn (framedScene): a file's drawing, and where the page's HTML puts each block.
 */

let real: DatasetIndex
beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})
// Shares in two quarters (a dot plot), one company with two figures for a quarter.
const grown = twoQuarters()

// What a reader sees an embed with: its links line under the source (the words are get-data's; any like them do).
const LINKS = ['Download data', 'Data updated 30 November 2026', '▶ How to cite']
const FILTERS: FactFilter[] = [
  { companies: [], periods: [] },
  { companies: ['aws'], periods: [] },
  { companies: [], periods: ['2024-Q2'] },
]

const size = fc.record({
  width: fc.integer({ min: 240, max: 2560 }),
  // Width over height, from 4:3 to 21:9; null: the content's height.
  ratio: fc.option(fc.double({ min: 4 / 3, max: 21 / 9, noNaN: true }), { nil: null }),
})
const boundsOf = ({ width, ratio }: { width: number; ratio: number | null }): FrameBounds => ({
  width,
  height: ratio === null ? null : Math.round(width / ratio),
})

/** What a reader would see wrong in a frame: words on words, words cut or off its edges, sizes out of order. */
function problems(
  scene: Scene,
  medium: Medium,
  bounds: FrameBounds,
  id: string,
  filter: FactFilter,
  index: DatasetIndex = real,
): string[] {
  const model = buildChartModel(id as (typeof CHART_IDS)[number], index, filterFacts(index, filter), filter)
  if (model.empty) return []
  const frame = chartFrame(model, medium, bounds, { links: LINKS })
  const found: string[] = []
  for (const [a, b] of overlappingTexts(scene)) found.push(`"${a.text}" overlaps "${b.text}"`)
  for (const [, t] of gridThroughTexts(scene)) found.push(`a grid line runs through "${t.text}"`)
  // A frame too small for its blocks scrolls: what is below its edge is a scroll away, not cut.
  const height = bounds.height === null || frame.scrolls ? scene.height : bounds.height
  for (const t of scene.texts) {
    const box = textBox(t)
    if (box.x < -0.5 || box.y < -0.5 || box.x + box.width > bounds.width + 0.5 || box.y + box.height > height + 0.5)
      found.push(`"${t.text}" is beyond the frame`)
  }
  if (bounds.height !== null && !frame.scrolls && scene.height > bounds.height + 0.5)
    found.push(`drawn ${scene.height} px in ${bounds.height}`)
  // The type ladder, in order, and nothing under the smallest readable size.
  const { title, subtitle, source, context } = frame
  const order = [
    title.size,
    subtitle?.size ?? title.size,
    frame.type.label,
    context?.[0].block.size ?? frame.type.note,
    source?.size ?? 0,
  ]
  if (order.some((s, i) => i > 0 && s > order[i - 1] + 1e-9)) found.push(`sizes out of order: ${order.join(' ≥ ')}`)
  // Scenes are rounded to hundredths of a pixel.
  const ladder = [...Object.values(frame.type), title.size]
  for (const t of scene.texts) {
    if (!ladder.some((s) => Math.abs(s - t.size) <= 0.006)) found.push(`"${t.text}" at ${t.size} px is off the ladder`)
    if (t.size < MIN_TEXT_SIZE - 1e-9) found.push(`"${t.text}" at ${t.size} px is under ${MIN_TEXT_SIZE} px`)
  }
  // Every mark drawn whole inside the frame, or the frame says how many it leaves out.
  const drawn = new Set(scene.marks.map((m) => m.factId))
  const cue = scene.texts.some((t) => /^(\d+ more values? · open chart|Open the whole chart)$/.test(t.text))
  const missing = model.facts.filter(
    (f) => model.bars.input.items.some((i) => i.bars.some((b) => b.factId === f.id)) && !drawn.has(f.id),
  )
  if (missing.length && !cue) found.push(`${missing.length} marks left out without a word`)
  for (const m of scene.marks)
    if (m.box.y < -0.5 || m.box.y + m.box.height > height + 0.5) found.push(`${m.factId} is outside the frame`)
  // A mark's name holds the words it draws as one run (WCAG 2.5.3): a reader can say what they see to select it.
  for (const m of scene.marks) {
    const drawn = said(scene.texts.flatMap((t) => (t.factId === m.factId ? [t.text] : [])).join(' '))
    if (!said(m.label).includes(drawn)) found.push(`${m.factId}: its name "${m.label}" does not hold "${drawn}"`)
  }
  // The key whole: each of its samples drawn, with its words.
  if (!cue && scene.swatches.length < frame.key.entries.length) found.push('the key is cut')
  // A 16:9 frame 480 px wide or more shows every mark.
  if (
    bounds.height !== null &&
    bounds.width >= 480 &&
    Math.abs(bounds.width / bounds.height - 16 / 9) < 0.01 &&
    missing.length
  )
    found.push(`a 16:9 frame ${bounds.width} px wide leaves ${missing.length} marks out`)
  return found
}

// An image takes its content's height (the slide PNG and the link preview, the fixed ones, are checked below).
const MEDIA: [Medium, boolean][] = [
  ['card', false],
  ['embed', true],
  ['slide', true],
  ['image', false],
]

describe.each(CHART_IDS)('the %s chart’s frame', (id) => {
  it.each(MEDIA)('holds in every %s size', (medium, fixed) => {
    fc.assert(
      fc.property(size, fc.constantFrom(...FILTERS), (s, filter) => {
        const bounds = boundsOf(fixed ? s : { ...s, ratio: null })
        const model = buildChartModel(id, real, filterFacts(real, filter), filter)
        const scene = framedScene(model, bounds, medium, medium === 'embed' ? { links: LINKS } : {})
        expect(problems(scene, medium, bounds, id, filter)).toEqual([])
      }),
      { numRuns: 25 },
    )
  })

  it.each([
    ['slide', 1920, 1080],
    ['image', 1200, 630],
  ] as const)('holds in the %s file of %i × %i', (medium, width, height) => {
    const model = buildChartModel(id, real, real.facts)
    const bounds = { width, height }
    const scene = framedScene(model, bounds, medium, { footer: true })
    expect(problems(scene, medium, bounds, id, FILTERS[0])).toEqual([])
  })

  it('shows every mark in a 16:9 embed 480 px wide or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 480, max: 2560 }), (width) => {
        const bounds = { width, height: Math.round((width * 9) / 16) }
        const model = buildChartModel(id, real, real.facts)
        expect(chartFrame(model, 'embed', bounds, { links: LINKS }).hidden).toBe(0)
        expect(
          problems(framedScene(model, bounds, 'embed', { links: LINKS }), 'embed', bounds, id, FILTERS[0]),
        ).toEqual([])
      }),
      { numRuns: 25 },
    )
  })
})

describe('the market share chart over two quarters', () => {
  const FILTERS_GROWN: FactFilter[] = [
    { companies: [], periods: [] },
    { companies: ['aws'], periods: [] },
    { companies: ['azure', 'google-cloud'], periods: [] },
  ]

  it('is a dot plot, with a point for every share', () => {
    const model = buildChartModel('market-share', grown, grown.facts)
    expect(model.bars.prefer).toBe('dots')
    const scene = model.layout({
      width: 600,
      height: null,
      type: chartFrame(model, 'card', { width: 600, height: null }).type,
    })
    const shares = grown.facts.filter((f) => f.metric === 'market_share').map((f) => f.id)
    expect(scene.marks.map((m) => m.factId)).toEqual(expect.arrayContaining(shares))
  })

  it.each(MEDIA)('holds in every %s size', (medium, fixed) => {
    fc.assert(
      fc.property(size, fc.constantFrom(...FILTERS_GROWN), (s, filter) => {
        const bounds = boundsOf(fixed ? s : { ...s, ratio: null })
        const model = buildChartModel('market-share', grown, filterFacts(grown, filter), filter)
        const scene = framedScene(model, bounds, medium, medium === 'embed' ? { links: LINKS } : {})
        expect(problems(scene, medium, bounds, 'market-share', filter, grown)).toEqual([])
      }),
      // Once found: at 240 × 176 a row's second line of values ran into the "5 more values · open chart" strip.
      { numRuns: 25, examples: [[{ width: 240, ratio: 240 / 176 }, FILTERS_GROWN[0]]] },
    )
  })

  it.each([
    ['slide', 1920, 1080],
    ['image', 1200, 630],
  ] as const)('holds in the %s file of %i × %i', (medium, width, height) => {
    const model = buildChartModel('market-share', grown, grown.facts)
    const bounds = { width, height }
    const scene = framedScene(model, bounds, medium, { footer: true })
    expect(problems(scene, medium, bounds, 'market-share', FILTERS_GROWN[0], grown)).toEqual([])
  })
})
