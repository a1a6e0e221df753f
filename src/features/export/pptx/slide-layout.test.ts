import { beforeAll, describe, expect, it } from 'vitest'
import { buildChartModel, CHART_IDS, LEADING } from '../../charts/index.ts'
import { filterFacts, type FactFilter } from '../../../domain/dataset-index.ts'
import type { QuotedDataset } from '../../../domain/evidence-index.ts'
import { loadRealQuotedDataset } from '../../../domain/real-dataset.test-support.ts'
import { deckChart } from './deck-chart.ts'
import { deckText } from './deck-font.ts'
import { NOTES_BOX_POINTS, NOTES_SIZE } from './notes-paragraphs.ts'
import { quotesSlides } from './quotes-appendix.ts'
import { chartSlideLayout, SLIDE, type Box } from './slide-layout.ts'
import { speakerNotes } from './speaker-notes.ts'

let sources: QuotedDataset

beforeAll(async () => {
  sources = await loadRealQuotedDataset()
})

const filters = (): FactFilter[] => [
  { companies: [], periods: [] },
  ...sources.index.companies.map((c) => ({ companies: [c.id], periods: [] })),
  ...sources.index.periods.map((p) => ({ companies: [], periods: [p] })),
]

/** Every deck a reader can download: each filter's charts with something to draw. */
const decks = () =>
  filters().map((filter) =>
    CHART_IDS.map((id) => buildChartModel(id, sources.index, filterFacts(sources.index, filter), filter)).filter(
      (m) => m.empty === null,
    ),
  )

const layoutOf = (model: ReturnType<typeof decks>[number][number]) => {
  const chart = deckChart(model, 'light', sources.index)
  return { chart, layout: chartSlideLayout(model, chart) }
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.01 &&
  inner.y >= outer.y - 0.01 &&
  inner.x + inner.w <= outer.x + outer.w + 0.01 &&
  inner.y + inner.h <= outer.y + outer.h + 0.01
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
const slide = { x: 0, y: 0, w: SLIDE.width, h: SLIDE.height }

describe('chart slides, measured in Arial', () => {
  it('keep every text on the slide, no two texts overlapping, each line within its box', () => {
    for (const model of decks().flat()) {
      const { layout } = layoutOf(model)
      for (const t of layout.texts) {
        expect(inside(t, slide), `${model.id}: ${t.lines.join(' ')}`).toBe(true)
        expect(t.h).toBeCloseTo(t.lines.length * t.size * LEADING)
        for (const line of t.lines) expect(deckText.textWidth(line, t.size, t.weight)).toBeLessThanOrEqual(t.w + 0.01)
      }
      layout.texts.forEach((a, i) =>
        layout.texts
          .slice(i + 1)
          .forEach((b) => expect(overlap(a, b), `${model.id}: ${a.lines[0]} / ${b.lines[0]}`).toBe(false)),
      )
      expect(inside(layout.chart, slide)).toBe(true)
    }
  })

  it('keep the frame’s texts off the chart, and the words beside the bars within the chart, right of its names', () => {
    for (const model of decks().flat()) {
      const { layout } = layoutOf(model)
      const plotLeft = layout.chart.x + layout.plot.x * layout.chart.w
      for (const t of layout.texts) {
        if (t.opaque) {
          expect(inside(t, layout.chart), `${model.id}: ${t.lines.join(' ')}`).toBe(true)
          expect(t.x).toBeGreaterThanOrEqual(plotLeft)
        } else expect(overlap(t, layout.chart), `${model.id}: ${t.lines.join(' ')}`).toBe(false)
      }
      expect(layout.plot.x + layout.plot.w).toBeLessThanOrEqual(1)
      expect(layout.plot.y + layout.plot.h).toBeLessThanOrEqual(1)
    }
  })
})

describe('the quotes appendix', () => {
  it('sets the quotes at 12 pt or more, inside the slide and clear of its title and key, each slide under a heading', () => {
    for (const deck of decks().filter((d) => d.length)) {
      const pages = quotesSlides(
        deck.map((model, i) => ({ slide: i + 1, model })),
        sources,
      )
      expect(pages.length).toBeGreaterThanOrEqual(1)
      for (const page of pages) {
        for (const column of page.columns) {
          expect(column.size).toBeGreaterThanOrEqual(12)
          expect(inside(column, slide)).toBe(true)
          const height = column.paragraphs.reduce(
            (h, p) => h + p.spaceBefore + p.lines.length * column.size * LEADING,
            0,
          )
          expect(height).toBeLessThanOrEqual(column.h + 0.01)
          for (const t of page.texts) expect(overlap(t, column)).toBe(false)
        }
        for (const t of page.texts) expect(inside(t, slide)).toBe(true)
        // Every slide opens with a chart's heading, "(continued)" where its quotes run on from the last.
        expect(page.columns[0].paragraphs[0].bold).toBe(true)
      }
    }
  })
})

describe('speaker notes on a notes page', () => {
  it('fit the notes box at their size, as Arial wraps them', () => {
    const width = NOTES_BOX_POINTS.w - 2 * NOTES_BOX_POINTS.insetX
    const height = NOTES_BOX_POINTS.h - 2 * NOTES_BOX_POINTS.insetY
    for (const deck of decks()) {
      for (const model of deck) {
        const lines = speakerNotes(model, sources.index, deck.length + 1)
          .split('\n')
          .flatMap((p) => (p ? deckText.wrapText(p, width, NOTES_SIZE) : ['']))
        // PowerPoint sets notes at single spacing: about 1.2 lines of the size.
        expect(lines.length * NOTES_SIZE * 1.2, model.id).toBeLessThanOrEqual(height)
      }
    }
  })
})
