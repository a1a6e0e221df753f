import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { filterFacts, type DatasetIndex, type FactFilter } from '../../domain/dataset-index.ts'
import type { QuotedDataset } from '../../domain/evidence-index.ts'
import { periodKeyLabel, YEAR_INFERRED_MARK } from '../../domain/format-fact.ts'
import { loadRealQuotedDataset } from '../../domain/real-dataset.test-support.ts'
import { formatPeriodKey, formatPeriodValue } from '../../lib/period.ts'
import { buildChartModel, CHART_IDS, chartFrame, framedScene, type ChartModel } from '../charts/index.ts'
import { chartCsv } from './chart-csv.ts'
import { chartDeck } from './pptx/chart-deck.ts'

// Every surface that prints a period, read as a reader gets it: a date whose year no article prints must
// carry its mark ("Q4 2023*") wherever it is written, in every medium and under every filter.

let sources: QuotedDataset
let index: DatasetIndex

beforeAll(async () => {
  sources = await loadRealQuotedDataset()
  index = sources.index
})

/** The dates as written whose year the data infers: "Q4 2023", "3 Apr 2024", "Mar 2023". */
function inferredDates(): string[] {
  const dated = index.facts.flatMap((f) => [f.period, ...(f.layoff?.eventDate ? [f.layoff.eventDate] : [])])
  const values = dated.flatMap((p) => (p.yearInferred && p.value ? [p.value] : []))
  const keys = index.periods.filter((key) => periodKeyLabel(index, key).endsWith(YEAR_INFERRED_MARK))
  return [...new Set([...values.map(formatPeriodValue), ...keys.map(formatPeriodKey)])]
}

/** Each place in `text` where an inferred date is written without its mark. */
function unmarked(text: string, dates: readonly string[]): string[] {
  return dates.flatMap((date) => {
    const escaped = date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return [...text.matchAll(new RegExp(`(?<![\\w-])${escaped}(?![\\w*])`, 'g'))].map(
      (m) => `“${text.slice(Math.max(0, m.index - 40), m.index + date.length + 20)}”`,
    )
  })
}

const NO_FILTER: FactFilter = { companies: [], periods: [] }

/** Every filter a reader can set one chip at a time, and none. */
const filters = (): FactFilter[] => [
  NO_FILTER,
  ...index.periods.map((p) => ({ companies: [], periods: [p] })),
  ...index.dataset.companies.map((c) => ({ companies: [c.id], periods: [] })),
]

/** What a chart's model and its frames print, on a page (card, embed, slide) and in an image. */
function frameTexts(model: ChartModel): string[] {
  const bounds = { width: 960, height: 540 }
  const frames = (['card', 'embed', 'slide'] as const).map((medium) => chartFrame(model, medium, bounds))
  const blocks = frames.flatMap((f) => [
    f.title,
    f.subtitle,
    f.source,
    ...(f.context ?? []).map((c) => c.block),
    ...(f.sources.footer ?? []),
  ])
  return [
    model.summary,
    model.source,
    ...model.rows.map((r) => r.period),
    ...blocks.flatMap((b) => (b ? [b.text] : [])),
    ...frames.flatMap((f) => f.key.entries.map((e) => e.text)),
    ...framedScene(model, bounds, 'image').texts.map((t) => t.text),
  ]
}

/** A deck's slides, notes and chart sheets as text. */
async function deckText(models: readonly ChartModel[]): Promise<string> {
  const zip = await JSZip.loadAsync(await (await chartDeck(models, sources, 'light', 'Deck')).arrayBuffer())
  const parts = Object.keys(zip.files).filter((n) => /^ppt\/(slides|notesSlides|charts)\/.+\.xml$/.test(n))
  return (await Promise.all(parts.map((n) => zip.file(n)!.async('string')))).join('\n')
}

describe('an inferred year carries its mark on every surface that prints it', () => {
  it('knows which dates are inferred', () => {
    expect(inferredDates()).toEqual(expect.arrayContaining(['Q4 2023', '3 Apr 2024']))
  })

  it('in the period chips', () => {
    const chips = index.periods.map((p) => periodKeyLabel(index, p)).join(' · ')
    expect(unmarked(chips, inferredDates())).toEqual([])
  })

  it('in every chart’s titles, subtitles and filter words, key, context, summary, table, source and image, under every filter', () => {
    const dates = inferredDates()
    for (const filter of filters()) {
      const facts = filterFacts(index, filter)
      for (const id of CHART_IDS) {
        const model = buildChartModel(id, index, facts, filter)
        expect(unmarked(frameTexts(model).join('\n'), dates), `${id} ${JSON.stringify(filter)}`).toEqual([])
      }
    }
  })

  it('in each chart’s CSV and in the deck, slides, notes and chart sheets', async () => {
    const dates = inferredDates()
    const models = CHART_IDS.map((id) => buildChartModel(id, index, index.facts))
    for (const model of models) expect(unmarked(await chartCsv(model, sources).text(), dates)).toEqual([])
    expect(unmarked(await deckText(models), dates)).toEqual([])
  })
})
