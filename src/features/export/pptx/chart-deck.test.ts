import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildChartModel, CHART_IDS } from '../../charts/index.ts'
import type { ChartModel, ChartId } from '../../charts/index.ts'
import { filterFacts, type DatasetIndex, type FactFilter } from '../../../domain/dataset-index.ts'
import type { QuotedDataset } from '../../../domain/evidence-index.ts'
import { loadRealQuotedDataset } from '../../../domain/real-dataset.test-support.ts'
import { chartDeck, PPTX_TYPE } from './chart-deck.ts'
import { NOTES_WORD_LIMIT, wordCount } from './speaker-notes.ts'

let sources: QuotedDataset
let index: DatasetIndex

beforeAll(async () => {
  sources = await loadRealQuotedDataset()
  index = sources.index
})

const NO_FILTER: FactFilter = { companies: [], periods: [] }

const models = (filter: FactFilter = NO_FILTER, ids: readonly ChartId[] = CHART_IDS) =>
  ids.map((id) => buildChartModel(id, index, filterFacts(index, filter), filter))

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e])
const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })

/** The text runs of a part, as a reader sees them. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]))
/** A part's paragraphs as lines of text. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => runs(p[1]).join('')).filter(Boolean)

/** A worksheet as rows of cells: numbers as numbers, text as text, a blank as undefined. */
function sheetRows(xml: string): (string | number | undefined)[][] {
  return [...xml.matchAll(/<row r="(\d+)">([\s\S]*?)<\/row>/g)].map((row) => {
    const cells: (string | number | undefined)[] = []
    for (const c of row[2].matchAll(/<c r="([A-Z]+)\d+"([^>]*)>([\s\S]*?)<\/c>/g)) {
      const column = c[1].charCodeAt(0) - 65
      cells[column] = c[2].includes('t="inlineStr"')
        ? unescape(/<t[^>]*>([^<]*)<\/t>/.exec(c[3])![1])
        : Number(/<v>([^<]*)<\/v>/.exec(c[3])![1])
    }
    return cells
  })
}

/** The deck as PowerPoint reads it: the zip's parts by name, each chart with its sheet. */
async function open(deck: readonly ChartModel[], theme: 'light' | 'dark' = 'light') {
  const blob = await chartDeck(deck, sources, theme, 'Test deck')
  const zip = await JSZip.loadAsync(await blob.arrayBuffer())
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir)
  const parts = (pattern: RegExp) => names.filter((n) => pattern.test(n)).sort(byNumber)
  const text = (name: string) => zip.file(name)!.async('string')
  const all = (pattern: RegExp) => Promise.all(parts(pattern).map(text))
  /** Each slide's chart part and the sheet embedded with it, found through their relationships. */
  const chartOf = async (slide: number) => {
    const rels = await text(`ppt/slides/_rels/slide${slide}.xml.rels`)
    const target = /Target="\/?(?:\.\.\/)?(?:ppt\/)?(charts\/chart\d+\.xml)"/.exec(rels)
    if (!target) return null
    const chart = `ppt/${target[1]}`
    const chartRels = await text(chart.replace(/([^/]+)$/, '_rels/$1.rels'))
    const sheet = `ppt/embeddings/${/embeddings\/([^"]+)"/.exec(chartRels)![1]}`
    const workbook = await JSZip.loadAsync(await zip.file(sheet)!.async('uint8array'))
    return { xml: await text(chart), sheet: await workbook.file('xl/worksheets/sheet1.xml')!.async('string') }
  }
  return { blob, names, parts, text, all, chartOf }
}

/** A chart part's categories and its series: name, the sheet cells they refer to, cached numbers. */
function chartSeries(xml: string) {
  const categories = [...(/<c:cat>[\s\S]*?<\/c:cat>/.exec(xml)?.[0] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) =>
    unescape(m[1]),
  )
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => ({
    name: unescape(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)![1]),
    head: /<c:tx><c:strRef><c:f>([^<]+)<\/c:f>/.exec(ser)![1],
    values: /<c:val><c:numRef><c:f>([^<]+)<\/c:f>/.exec(ser)![1],
    cached: new Map(
      [.../<c:numCache>[\s\S]*?<\/c:numCache>/.exec(ser)![0].matchAll(/<c:pt idx="(\d+)"><c:v>([^<]+)<\/c:v>/g)].map(
        (m) => [Number(m[1]), Number(m[2])],
      ),
    ),
  }))
  return { categories, series }
}

describe('chartDeck on the real dataset', () => {
  it('is a PowerPoint file: a slide per chart with a native chart and its sheet, then the quotes', async () => {
    const deck = await open(models())
    expect(deck.blob.type).toBe(PPTX_TYPE)
    expect(deck.parts(/^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(CHART_IDS.length)
    expect(deck.parts(/^ppt\/embeddings\/.+\.xlsx$/)).toHaveLength(CHART_IDS.length)
    const slides = await deck.all(/^ppt\/slides\/slide\d+\.xml$/)
    const appendix = slides.slice(CHART_IDS.length)
    expect(appendix.length).toBeGreaterThanOrEqual(1)
    for (const s of appendix) expect(runs(s).join(' ')).toMatch(/^Quotes behind the figures/)
    // Native charts only: no picture of a chart anywhere.
    expect(deck.parts(/^ppt\/media\//)).toEqual([])
    // PowerPoint's default 16:9 size: 13.333 × 7.5 in, in EMU.
    expect(await deck.text('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>')
  })

  it('charts only the companies or periods it compares, each a row of its sheet under a header row', async () => {
    for (const filter of [NO_FILTER, { companies: ['azure'], periods: [] }]) {
      const drawn = models(filter).filter((m) => m.empty === null)
      const deck = await open(drawn)
      for (const [i, model] of drawn.entries()) {
        const { xml, sheet } = (await deck.chartOf(i + 1))!
        const { categories, series } = chartSeries(xml)
        expect(categories).toEqual(model.bars.input.items.map((item) => item.label.join(' · ')))
        const rows = sheetRows(sheet)
        expect(rows).toHaveLength(categories.length + 1)
        expect(rows.map((r) => r[0]).slice(1)).toEqual(categories)
        expect(rows[0][0]).toBe(
          { 'market-share': 'Company', 'aws-results': 'Period', layoffs: 'Period and company' }[model.id],
        )
        for (const [s, ser] of series.entries()) {
          // Each series is a column: its head in row 1, its numbers below, as numbers.
          const column = Number(/\$([A-Z])\$1/.exec(ser.head)![1].charCodeAt(0) - 65)
          expect(ser.values).toBe(`Sheet1!$${ser.head[8]}$2:$${ser.head[8]}$${categories.length + 1}`)
          expect(rows[0][column], `${model.id} series ${s}`).toBe(ser.name)
          rows.slice(1).forEach((row, r) => {
            const cell = row[column]
            expect(cell === undefined || typeof cell === 'number').toBe(true)
            expect(cell).toBe(ser.cached.get(r))
          })
        }
      }
    }
  })

  it('refers each bar chart to exactly the two axes it declares (no orphan axis id to repair)', async () => {
    const deck = await open(models())
    for (const xml of await deck.all(/^ppt\/charts\/chart\d+\.xml$/)) {
      const plot = /<c:barChart>[\s\S]*?<\/c:barChart>/.exec(xml)![0]
      const refs = [...plot.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1])
      const declared = [...xml.matchAll(/<c:(?:catAx|valAx)><c:axId val="(\d+)"\/>/g)].map((m) => m[1])
      expect(refs).toHaveLength(2)
      expect(new Set(refs)).toEqual(new Set(declared))
    }
  })

  it('names Arial in every run of every slide, note and chart, and Inter nowhere', async () => {
    const deck = await open(models(), 'dark')
    const parts = await deck.all(/^ppt\/(slides\/slide|notesSlides\/notesSlide|charts\/chart)\d+\.xml$/)
    expect(parts.length).toBeGreaterThan(CHART_IDS.length * 3)
    for (const xml of parts) {
      const props = [...xml.matchAll(/<a:(rPr|defRPr)\b[^>]*?(\/>|>[\s\S]*?<\/a:\1>)/g)].map((m) => m[0])
      expect(props.length).toBeGreaterThan(0)
      for (const p of props) expect(p).toContain('<a:latin typeface="Arial"')
      expect(xml).not.toContain('Inter')
    }
  })

  it('opens each chart slide’s notes with two or three talking points, in at most 150 words', async () => {
    for (const filter of [NO_FILTER, ...index.companies.map((c) => ({ companies: [c.id], periods: [] }))]) {
      const drawn = models(filter).filter((m) => m.empty === null)
      const deck = await open(drawn)
      const notes = await deck.all(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)
      for (const xml of notes) {
        // The notes' own words: the page's slide number is a field of its own.
        const lines = paragraphs(xml.replace(/<a:fld [^>]*type="slidenum"[\s\S]*?<\/a:fld>/g, ''))
        expect(wordCount(lines.join(' ')), lines.join('\n')).toBeLessThanOrEqual(NOTES_WORD_LIMIT)
      }
      for (const xml of notes.slice(0, drawn.length)) {
        const lines = paragraphs(xml)
        expect(lines[0]).toBe('Talking points')
        const points = lines.slice(1, lines.indexOf('Figures'))
        expect(points.length, lines.join('\n')).toBeGreaterThanOrEqual(2)
        expect(points.length).toBeLessThanOrEqual(3)
        for (const p of points) expect(p).toMatch(/^• /)
      }
    }
  })

  it('never calls a derived aggregate the largest or a leader', async () => {
    const deck = await open(models())
    const notes = (await deck.all(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).map((x) => paragraphs(x).join('\n'))
    const derivedNames = models()
      .flatMap((m) => m.bars.input.items)
      .filter((item) => item.bars.some((b) => b.kind === 'derived'))
      .map((item) => item.label.join(' '))
    expect(derivedNames.length).toBeGreaterThan(0)
    for (const text of notes)
      for (const name of derivedNames) expect(text).not.toMatch(new RegExp(`(Largest|lead)[^.;]*${name}`, 'i'))
  })

  it('gathers every quote behind every figure on the appendix, once per chart, with its article in the key', async () => {
    const drawn = models()
    const deck = await open(drawn)
    const slides = await deck.all(/^ppt\/slides\/slide\d+\.xml$/)
    const appendix = slides.slice(drawn.length).map((x) => paragraphs(x))
    const text = appendix.flat().join('\n')
    for (const model of drawn) {
      for (const fact of model.facts) {
        const sourced = fact.inputs.length ? fact.inputs.map((id) => index.factById.get(id)!) : [fact]
        for (const c of sourced.flatMap((f) => sources.evidence.citationsOf(f.id)))
          expect(text).toContain(`“${c.quote}” [`)
      }
      expect(text).toContain(model.title)
    }
    // Each quote once in its chart's section.
    const quotes = appendix.flat().filter((p) => p.startsWith('“'))
    expect(quotes.length).toBeGreaterThan(0)
    for (const slide of appendix) expect(slide.filter((p) => /^Articles: \[\d\]/.test(p))).toHaveLength(1)
  })

  it('leaves out charts the filters empty and keeps the filter in the subtitle', async () => {
    const filtered = models({ companies: ['azure'], periods: [] })
    const drawn = filtered.filter((m) => m.empty === null)
    expect(drawn.map((m) => m.id)).toContain('market-share')
    expect(drawn.map((m) => m.id)).not.toContain('layoffs')
    const deck = await open(filtered, 'dark')
    expect(deck.parts(/^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(drawn.length)
    const slide = runs(await deck.text('ppt/slides/slide1.xml'))
    expect(slide).toContain(drawn[0].subtitle)
  })
})
