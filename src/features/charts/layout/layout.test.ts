import { beforeAll, describe, expect, it } from 'vitest'
import { buildIndex, filterFacts, type DatasetIndex, type FactFilter } from '../../../domain/dataset-index.ts'
import { loadRealDataset } from '../../../domain/real-dataset.test-support.ts'
import { buildChartModel } from '../chart-model.ts'
import { CHART_IDS, type ChartId } from '../registry.ts'
import { framedScene } from './framed-scene.ts'
import { overlappingTexts, textBox, textsOutside, type Scene } from './scene.ts'
import { fillingType } from './filling-type.ts'
import { baseFontSize, typeLadder, type Medium } from './type-ladder.ts'

let real: DatasetIndex

beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})

const NONE: FactFilter = { companies: [], periods: [] }
const FILTERS: [string, FactFilter][] = [
  ['no filter', NONE],
  ['AWS only', { companies: ['aws'], periods: [] }],
  ['Q2 2024 only', { companies: [], periods: ['2024-Q2'] }],
]

const model = (id: ChartId, filter = NONE) => buildChartModel(id, real, filterFacts(real, filter), filter)

function layout(id: ChartId, medium: Medium, width: number, height: number | null, filter = NONE) {
  const type = typeLadder(baseFontSize(medium, { width, height: height ?? width * 0.5625 }), medium)
  return model(id, filter).layout({ width, height, type })
}

/** What a reader would see wrong: words on words, words off the edge, a mark with nothing saying its value. */
function problems(scene: Scene): string[] {
  const labelled = new Set(scene.texts.flatMap((t) => (t.factId ? [t.factId] : [])))
  return [
    ...overlappingTexts(scene).map(([a, b]) => `"${a.text}" overlaps "${b.text}"`),
    ...textsOutside(scene).map((t) => `"${t.text}" sticks out`),
    ...scene.marks.filter((m) => !labelled.has(m.factId)).map((m) => `${m.factId} has no value label`),
    ...scene.marks
      .filter((m) => m.box.x < -0.5 || m.box.x + m.box.width > scene.width + 0.5 || m.box.y < -0.5)
      .map((m) => `${m.factId} is drawn outside the chart`),
  ]
}

// The widths the dashboard is read at, from a 320 px phone's card to a 1920 px wide card.
const CARD_WIDTHS = [254, 320, 375, 640, 1280, 1440, 1920]

describe.each(CHART_IDS)('the %s chart', (id) => {
  describe.each(FILTERS)('with %s', (_, filter) => {
    it.each(CARD_WIDTHS)('labels every mark and overlaps nothing in a %i px card', (width) => {
      if (model(id, filter).empty) return
      expect(problems(layout(id, 'card', width, null, filter))).toEqual([])
    })

    it.each([
      [320, 180],
      [640, 360],
      [960, 540],
      [1920, 1080],
    ])('labels every mark and overlaps nothing in a %i × %i embed', (width, height) => {
      if (model(id, filter).empty) return
      expect(problems(layout(id, 'embed', width - 24, height / 2, filter))).toEqual([])
    })

    it.each([
      [1920, 1080],
      [1280, 720],
    ])('labels every mark and overlaps nothing on a %i × %i slide and its image', (width, height) => {
      if (model(id, filter).empty) return
      expect(problems(layout(id, 'slide', width - 64, height * 0.6, filter))).toEqual([])
      expect(problems(framedScene(model(id, filter), { width, height }, 'slide'))).toEqual([])
    })
  })

  it('sets every text on a 1920 × 1080 slide at 24 px or more', () => {
    const type = typeLadder(baseFontSize('slide', { width: 1920, height: 1080 }), 'slide')
    const scene = model(id).layout({ width: 1856, height: 640, type })
    expect(Math.min(...scene.texts.map((t) => t.size))).toBeGreaterThanOrEqual(24)
    const image = framedScene(model(id), { width: 1920, height: 1080 }, 'slide')
    expect(Math.max(...image.texts.map((t) => t.size))).toBeGreaterThanOrEqual(48)
  })

  it('fills the height it is given, and no more, when the marks fit', () => {
    const scene = layout(id, 'embed', 900, 400)
    expect(scene.height).toBe(400)
    const lowest = Math.max(...scene.texts.map((t) => textBox(t).y + textBox(t).height))
    expect(lowest).toBeLessThanOrEqual(400)
  })
})

describe('a slide filled by a few marks', () => {
  // Filtered to one company at 1,280 × 720, the chart scales up to fill the plot: its figure grows past its words.
  const azure = () => model('market-share', { companies: ['azure'], periods: [] })
  const filled = () => {
    const chart = azure()
    const rest = typeLadder(baseFontSize('slide', { width: 1280, height: 720 }), 'slide')
    const type = fillingType(rest, 480, (t) => chart.layout({ width: 1200, height: null, type: t }), 'slide')
    return { rest, type, scene: chart.layout({ width: 1200, height: null, type }) }
  }

  it('grows its figures further than its words, and the gaps between words as the words', () => {
    const { rest, type } = filled()
    expect(type.value / rest.value).toBeGreaterThan(2)
    expect(type.key / rest.key).toBeCloseTo(type.wordBase / rest.wordBase)
    expect(type.wordBase).toBeLessThan(type.base)
  })

  it('grows a figure only while it fits its line: on a phone held upright, “$24.2B” stays whole', () => {
    const chart = model('aws-results')
    const rest = typeLadder(baseFontSize('slide', { width: 375, height: 812 }), 'slide')
    const layoutAt = (t: typeof rest) => chart.layout({ width: 343, height: null, type: t })
    const type = fillingType(rest, 420, layoutAt, 'slide')
    expect(type.value).toBeGreaterThan(rest.value)
    const texts = layoutAt(type).texts.map((t) => t.text)
    expect(texts).toContain('$24.2B')
    expect(texts).toContain('$7.2B')
  })

  it('keeps each key sample beside its words, and each row name beside its plot', () => {
    const { scene } = filled()
    for (const swatch of scene.swatches) {
      const words = scene.texts.find(
        (t) =>
          Math.abs(textBox(t).y + textBox(t).height / 2 - (swatch.box.y + swatch.box.height / 2)) < swatch.box.height,
      )!
      // At rest the gap is half the key's text size; grown with the marks it was one and a half.
      expect(words.x - (swatch.box.x + swatch.box.width)).toBeLessThan(words.size * 0.6)
    }
    const name = scene.texts.find((t) => t.text === 'Microsoft Azure')!
    const bar = scene.marks.find((m) => m.shape === 'bar')!
    const nameEnd = name.anchor === 'end' ? name.x : name.x + textBox(name).width
    if (bar.box.x > nameEnd) expect(bar.box.x - nameEnd).toBeLessThan(name.size)
  })
})

describe('honest scales', () => {
  it('keeps a filtered market share bar the width it has unfiltered', () => {
    const width = (filter: FactFilter) =>
      layout('market-share', 'card', 640, null, filter).marks.find((m) => m.factId === 'share-aws-2023-q4')!.box.width
    expect(width({ companies: ['aws'], periods: [] })).toBeCloseTo(width(NONE), 5)
  })

  it('keeps a vague count drawn alone on the scale of every wave, with its reading in words', () => {
    const alone = layout('layoffs', 'card', 640, null, { companies: ['aws'], periods: [] })
    const band = (scene: Scene) => scene.marks.find((m) => m.shape === 'band')!
    expect(alone.marks).toHaveLength(1)
    // On the scale of every wave (up to 27,000), a reading of "several hundred" is a sliver, not the whole plot.
    const share = (scene: Scene) => band(scene).box.height / scene.height
    expect(share(alone)).toBeLessThan(0.15)
    const cuts = real.factById.get(band(alone).factId)!.value
    const range = cuts.kind === 'vague' ? cuts.range! : null
    expect(alone.texts.map((t) => t.text)).toContain(`read as ${range!.min}–${range!.max}`)
  })
})

describe('bar rows on a phone', () => {
  const crosses = (scene: Scene) =>
    scene.rules.flatMap((r) =>
      scene.texts
        .filter((t) => !t.factId)
        .filter((t) => {
          const b = textBox(t)
          return r.x1 >= b.x && r.x1 <= b.x + b.width && Math.max(r.y1, b.y) < Math.min(r.y2, b.y + b.height)
        })
        .map((t) => `a line at x=${r.x1} runs through "${t.text}"`),
    )

  it.each(CHART_IDS)('draws no axis or grid line through a label of the %s chart at 309 px', (id) => {
    expect(crosses(layout(id, 'card', 309, null))).toEqual([])
  })

  it('starts the market-share rows at the top of the plot: no blank band above the first', () => {
    const scene = layout('market-share', 'card', 309, 420)
    const top = Math.min(...scene.marks.map((m) => m.box.y), ...scene.texts.map((t) => textBox(t).y))
    // A first label's box starts a little under its line's top: within a quarter of the base size.
    expect(top).toBeLessThan(baseFontSize('card', { width: 309, height: null }) / 4)
  })

  it('puts the market-share labels above its bars on a phone, so the longest bar runs past half the width', () => {
    const phone = layout('market-share', 'card', 309, 420)
    const bars = phone.marks.filter((m) => m.shape === 'bar')
    expect(Math.max(...bars.map((m) => m.box.width))).toBeGreaterThan(309 / 2)
    // Every row's name starts at the left edge, over its marks.
    const names = model('market-share').bars.input.items.flatMap((i) => i.label)
    const atLeft = phone.texts.filter((t) => !t.factId && t.anchor === 'start' && t.x === 0).map((t) => t.text)
    expect(atLeft).toEqual(expect.arrayContaining(names))
  })
})
