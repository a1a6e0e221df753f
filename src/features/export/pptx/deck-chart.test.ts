import { beforeAll, describe, expect, it } from 'vitest'
import { PALETTE } from '../../../config/palette.ts'
import { buildChartModel, CHART_IDS, isDirectionShape } from '../../charts/index.ts'
import type { ChartId } from '../../charts/index.ts'
import { buildIndex, filterFacts, type DatasetIndex, type FactFilter } from '../../../domain/dataset-index.ts'
import { loadRealDataset } from '../../../domain/real-dataset.test-support.ts'
import { deckChart } from './deck-chart.ts'
import { formatAs } from './number-format.test-support.ts'

let index: DatasetIndex

beforeAll(async () => {
  index = buildIndex(await loadRealDataset())
})

const NO_FILTER: FactFilter = { companies: [], periods: [] }

function tableOf(id: ChartId, filter: FactFilter = NO_FILTER, theme: 'light' | 'dark' = 'light') {
  const model = buildChartModel(id, index, filterFacts(index, filter), filter)
  return { model, chart: deckChart(model, theme, index) }
}

/** Every chart under no filter, each company alone and each period alone. */
const views = () =>
  [
    NO_FILTER,
    ...index.companies.map((c) => ({ companies: [c.id], periods: [] })),
    ...index.periods.map((p) => ({ companies: [], periods: [p] })),
  ].flatMap((filter) =>
    CHART_IDS.map((id) => ({ id, filter, ...tableOf(id, filter) })).filter(({ model }) => model.empty === null),
  )

describe('deckChart', () => {
  it('has one category per item the chart compares, named as the chart names it, and nothing else', () => {
    for (const { model, chart } of views()) {
      expect(chart.categories).toEqual(model.bars.input.items.map((item) => item.label.join(' · ')))
      // A change in words is a label, never a category of its own.
      for (const c of chart.categories) expect(c).not.toMatch(/change/i)
    }
  })

  it('is a tidy table: one cell per category in every column, numbers where a figure is drawn, blank elsewhere', () => {
    for (const { chart } of views()) {
      for (const s of chart.series) {
        expect(s.values).toHaveLength(chart.categories.length)
        for (const v of s.values) expect(v === null || Number.isFinite(v)).toBe(true)
      }
      // One column per measure and kind: no two columns share a head.
      expect(new Set(chart.series.map((s) => s.name)).size).toBe(chart.series.length)
    }
  })

  it('puts every figure the chart draws in its category’s row, and no number the articles do not give', () => {
    for (const { model, chart } of views()) {
      model.bars.input.items.forEach((item, row) => {
        const drawn = chart.series.flatMap((s) => (s.values[row] === null ? [] : [s.values[row]]))
        const expected = item.bars.flatMap((bar) =>
          bar.shape === 'bar' ? [bar.to] : bar.shape === 'band' ? [bar.from, bar.to] : [],
        )
        expect(drawn.toSorted((a, b) => a! - b!)).toEqual(expected.toSorted((a, b) => a - b))
      })
    }
  })

  it('labels each figure as the app words it, through a number format that follows an edit in the sheet', () => {
    for (const { model, chart } of views()) {
      model.bars.input.items.forEach((item, row) => {
        for (const bar of item.bars.filter((b) => b.shape === 'bar')) {
          const series = chart.series.find((s) => s.values[row] === bar.to && s.labelFormat !== null)!
          const words = bar.note ? `${bar.value} (${bar.note})` : bar.value
          expect(series.labels[row]).toBe(words)
          expect(formatAs(series.labelFormat!, bar.to)).toBe(words)
        }
      })
    }
  })

  it('keeps a derived value in a column of its own, pale, and never among the stated', () => {
    const { chart } = tableOf('market-share')
    const others = chart.categories.indexOf('Other providers')
    const derived = chart.series.find((s) => s.role === 'derived')!
    expect(derived.name).toBe(`${tableOf('market-share').model.title}, derived (%)`)
    const bar = tableOf('market-share')
      .model.bars.input.items.flatMap((i) => i.bars)
      .find((b) => b.kind === 'derived')!
    expect(derived.values[others]).toBe(bar.to)
    expect(derived.fills[others]).not.toBe(PALETTE.light.series[3].slice(1).toUpperCase())
    expect(chart.series.find((s) => s.role === 'stated')!.values[others]).toBeNull()
    expect(chart.marks).toContain('derived')
  })

  it('says each stated change beside its company’s figure, with ▲ or ▼ and the articles’ words', () => {
    const { model, chart } = tableOf('market-share')
    model.bars.input.items.forEach((item, row) => {
      const change = item.bars.find((b) => isDirectionShape(b.shape))
      if (!change) return expect(chart.changes[row]).toBeNull()
      expect(chart.changes[row]).toBe(
        `${change.shape === 'up' ? '▲' : '▼'} ${change.note ? `${change.value} (${change.note})` : change.value}`,
      )
    })
    expect(chart.changes.filter(Boolean).length).toBeGreaterThan(0)
  })

  it('draws a vague count as the two ends of its reading, and leaves an unreported one blank with its words', () => {
    const { model, chart } = tableOf('layoffs')
    model.bars.input.items.forEach((item, row) => {
      const bar = item.bars[0]
      if (bar.shape === 'band') {
        const from = chart.series.find((s) => s.role === 'reading-from')!
        const to = chart.series.find((s) => s.role === 'reading-to')!
        expect([from.values[row], to.values[row]]).toEqual([bar.from, bar.to])
        // The lower end is drawn in the slide's colour over the upper: what shows is the band.
        expect(chart.series.indexOf(from)).toBeGreaterThan(chart.series.indexOf(to))
        expect(from.fills[row]).toBe(PALETTE.light.surface.slice(1).toUpperCase())
        expect(to.labels[row]).toBe(`${bar.value} (${bar.note})`)
      }
      if (bar.shape === 'open') {
        expect(chart.series.every((s) => s.values[row] === null)).toBe(true)
        expect(chart.unmeasured[row]).toBe(bar.value)
      }
    })
    expect(chart.marks).toEqual(expect.arrayContaining(['vague', 'unknown']))
  })

  it('sets several measures of one period side by side, each a column headed by its name', () => {
    const { model, chart } = tableOf('aws-results')
    expect(chart.sideBySide).toBe(true)
    expect(chart.categories).toEqual(model.bars.input.items.map((i) => i.label.join(' · ')))
    const names = model.bars.input.items[0].bars.map((b) => `${b.caption} (US$)`)
    expect(chart.series.map((s) => s.name)).toEqual(names)
  })

  it('keeps the dataset’s fixed scale under every filter, so a filter never stretches a bar', () => {
    for (const id of CHART_IDS) {
      const scales = views()
        .filter((v) => v.id === id)
        .map((v) => v.chart.axis.max)
      expect(new Set(scales).size, id).toBe(1)
    }
  })

  it('fills a reading’s lower end with the slide’s own colour in the dark theme too', () => {
    const { chart } = tableOf('layoffs', NO_FILTER, 'dark')
    const floor = chart.series.find((s) => s.role === 'reading-from')!
    expect(floor.fills.filter(Boolean)).toEqual([PALETTE.dark.surface.slice(1).toUpperCase()])
  })
})
