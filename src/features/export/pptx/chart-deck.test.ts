import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildChartModel, chartFrame, CHART_IDS } from '../../charts/index.ts'
import type { ChartModel, ChartId } from '../../charts/index.ts'
import { filterFacts, type DatasetIndex, type FactFilter } from '../../../domain/dataset-index.ts'
import type { QuotedDataset } from '../../../domain/evidence-index.ts'
import { loadRealQuotedDataset } from '../../../domain/real-dataset.test-support.ts'
import { chartDeck, PPTX_TYPE } from './chart-deck.ts'
import { deckSourceLine } from './slide-text.ts'

let sources: QuotedDataset
let index: DatasetIndex

beforeAll(async () => {
  sources = await loadRealQuotedDataset()
  index = sources.index
})

/** A claim in words as the dataset states it. */
function claimOf(id: string): string {
  const value = index.factById.get(id)!.value
  return value.kind === 'qualitative' ? value.claim : ''
}

/** The range a vague count's words are read as. */
function readingOf(id: string): { min: number; max: number } {
  const value = index.factById.get(id)!.value
  return value.kind === 'vague' && value.range ? value.range : { min: NaN, max: NaN }
}

const models = (filter: FactFilter = { companies: [], periods: [] }, ids: readonly ChartId[] = CHART_IDS) =>
  ids.map((id) => buildChartModel(id, index, filterFacts(index, filter), filter))

/** The deck as PowerPoint reads it: the zip's parts by name. */
async function open(deck: readonly ChartModel[], theme: 'light' | 'dark' = 'light') {
  const blob = await chartDeck(deck, sources, theme, 'Test deck')
  const zip = await JSZip.loadAsync(await blob.arrayBuffer())
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir)
  const parts = (pattern: RegExp) =>
    names.filter((n) => pattern.test(n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  const text = (name: string) => zip.file(name)!.async('string')
  return { blob, names, parts, text }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e])

/** The text runs of a slide or notes part, as a reader sees them. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]))

/** The cached numbers of a chart part's series values (what PowerPoint draws before it opens the sheet). */
const cachedValues = (xml: string) =>
  [...xml.matchAll(/<c:val>(.*?)<\/c:val>/gs)].flatMap((m) =>
    [...m[1].matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((v) => Number(v[1])),
  )

/** Series names, which the deck's charts show as their bar labels. */
const seriesNames = (xml: string) =>
  [...xml.matchAll(/<c:tx>.*?<c:v>([^<]*)<\/c:v>.*?<\/c:tx>/gs)].map((m) => unescape(m[1]))

describe('chartDeck on the real dataset', () => {
  it('is a PowerPoint file with one slide, one native chart and its sheet per chart', async () => {
    const deck = await open(models())
    expect(deck.blob.type).toBe(PPTX_TYPE)
    expect(deck.parts(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(CHART_IDS.length)
    expect(deck.parts(/^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(CHART_IDS.length)
    expect(deck.parts(/^ppt\/embeddings\/.+\.xlsx$/)).toHaveLength(CHART_IDS.length)
    // Native charts only: no picture of a chart anywhere.
    expect(deck.parts(/^ppt\/media\//)).toEqual([])
    const presentation = await deck.text('ppt/presentation.xml')
    // PowerPoint's default 16:9 size: 13.333 × 7.5 in, in EMU.
    expect(presentation).toContain('<p:sldSz cx="12192000" cy="6858000"/>')
  })

  it('refers each bar chart to exactly the two axes it declares (no orphan axis id to repair)', async () => {
    const deck = await open(models())
    for (const name of deck.parts(/^ppt\/charts\/chart\d+\.xml$/)) {
      const xml = await deck.text(name)
      const plot = /<c:barChart>[\s\S]*?<\/c:barChart>/.exec(xml)![0]
      const refs = [...plot.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1])
      const declared = [...xml.matchAll(/<c:(?:catAx|valAx)>\s*<c:axId val="(\d+)"\/>/g)].map((m) => m[1])
      expect(refs, name).toHaveLength(2)
      expect(new Set(refs), name).toEqual(new Set(declared))
    }
  })

  it('caches the dataset’s values in the chart parts, in deck order', async () => {
    const deck = await open(models())
    const [share, results, layoffs] = await Promise.all(deck.parts(/^ppt\/charts\/chart\d+\.xml$/).map(deck.text))
    expect(share).toContain('<c:barDir val="bar"/>')
    // The three changes in words are zero-height placeholders that carry their labels.
    expect(cachedValues(share).toSorted((a, b) => a - b)).toEqual([0, 0, 0, 11, 24, 31, 34])
    expect(cachedValues(results)).toEqual([24.2e9, 7.2e9])
    // The band is cached as the two ends of its reading, the unreported wave as a zero-height placeholder.
    const { min, max } = readingOf('layoffs-2024-04')
    expect(cachedValues(layoffs)).toEqual([27000, 9000, 0, max, min])
    expect(seriesNames(share)).toEqual([
      '34% (derived)',
      `▲ ${claimOf('share-google-cloud-change-2023-q4')}`,
      '11%',
      `▲ ${claimOf('share-azure-change-2023-q4')}`,
      '24%',
      `▼ ${claimOf('share-aws-change-2023-q4')}`,
      '31%',
    ])
    expect(seriesNames(layoffs)).toEqual([
      '27,000',
      '9,000',
      'not reported',
      `“several hundred” (read as ${min}–${max})`,
      '\u200b',
    ])
  })

  it('writes the frame as slide text: title, subtitle, short source, key and context figures', async () => {
    const deck = await open(models())
    const slides = await Promise.all(deck.parts(/^ppt\/slides\/slide\d+\.xml$/).map(deck.text))
    const notes = await Promise.all(deck.parts(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).map(deck.text))
    models().forEach((model, i) => {
      const text = runs(slides[i])
      expect(text).toContain(model.title)
      expect(text).toContain(model.subtitle)
      const short = chartFrame(model, 'slide', { width: 960, height: 540 }).source!.text
      expect(text.join(' ')).toContain(short)
      // The slide carries the short line; the notes the full sources.
      expect(text.join(' ')).not.toContain(deckSourceLine(model, index))
      expect(runs(notes[i]).join('\n')).toContain(deckSourceLine(model, index))
    })
    expect(runs(slides[0])).toContain(
      'Total enterprise spending on cloud infrastructure services in the quarter: $74B, up 20% year over year.',
    )
    // Synergy Research Group is credited with what its sentence gives, and the rest is said to name no one.
    expect(runs(slides[0]).join(' ')).toMatch(/Source: Synergy Research Group.* 6 (of 8 values )?unattributed/)
    expect(runs(slides[0]).join(' ')).toContain('Pale bars labelled “derived” mark derived values.')
    // The operating margin is derived but stated as text, not drawn: no pale bar to explain.
    expect(runs(slides[1]).join(' ')).not.toContain('derived values')
    // The key names only the marks the slide draws.
    expect(runs(slides[0])).toContain('Pale bar labelled “derived”: derived from other figures')
    expect(runs(slides[0]).join('\n')).not.toMatch(/not reported|read as a range/)
    // What the articles leave open is said on the slide itself, not only in the notes.
    expect(runs(slides[2]).join(' ')).toMatch(
      /do not say whether the\s+9,000\s+of about Mar 2023\* are one of the two waves/,
    )
    expect(runs(slides[2])).toEqual(
      expect.arrayContaining([
        'Pale band between two ends: the articles’ words, read as a range',
        'Label on the baseline, no bar: not reported',
      ]),
    )
  })

  it('puts the quotes behind every value in the speaker notes', async () => {
    const deck = await open(models())
    const notes = await Promise.all(deck.parts(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).map(deck.text))
    expect(notes).toHaveLength(CHART_IDS.length)
    const notesOf = (id: ChartId) => runs(notes[CHART_IDS.indexOf(id)]).join('\n')
    const [share, results, layoffs] = (['market-share', 'aws-results', 'layoffs'] as const).map(notesOf)
    expect(share).toContain('market share dipped to 31%')
    expect(share).toContain('Stated by 1 of 5 articles.')
    expect(share).toMatch(/Derived, stated by no article: 100% − .*= 34%/)
    expect(results).toContain('$24.2 billion')
    expect(layoffs).toContain('several hundred jobs')
    expect(layoffs).toContain('Stated by 5 of 5 articles.')
    expect(layoffs).toContain(
      '— AWS cuts several hundred jobs to tackle ‘inefficiency’ as customer cloud cost-cutting continues, Computer Weekly',
    )
    expect(layoffs).toContain('Period inferred: about Mar 2023*.')
    // No value is derived from the 27,000 and the 9,000: the articles never relate them.
    expect(layoffs).not.toMatch(/Derived|18,000/)
    expect(layoffs).toContain('27,000 (stated)')
  })

  it('leaves out charts the filters empty and keeps the filter in the subtitle', async () => {
    const filtered = models({ companies: ['azure'], periods: [] })
    const drawn = filtered.filter((m) => m.empty === null)
    expect(drawn.map((m) => m.id)).toContain('market-share')
    expect(drawn.map((m) => m.id)).not.toContain('layoffs')
    const deck = await open(filtered, 'dark')
    expect(deck.parts(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(drawn.length)
    const slide = runs(await deck.text('ppt/slides/slide1.xml'))
    expect(slide).toContain('Q4 2023* · share of the cloud infrastructure market · Microsoft Azure only')
    const [chart] = deck.parts(/^ppt\/charts\/chart\d+\.xml$/)
    expect(cachedValues(await deck.text(chart))).toEqual([0, 24])
  })
})
