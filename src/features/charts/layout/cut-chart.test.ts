import { describe, expect, it } from 'vitest'
import { stated, synthetic, type Spec } from '../../../domain/synthetic-index.test-support.ts'
import { buildChartModel } from '../chart-model.ts'
import { cutChart } from './cut-chart.ts'
import { CARD_TYPE } from './frame.ts'

// Twelve quarters of AWS revenue and profits, 2021 to 2023, as the results chart draws them: oldest first.
const quarters = Array.from({ length: 12 }, (_, i) => `${2021 + Math.floor(i / 4)}-Q${(i % 4) + 1}`)
const results: Spec[] = quarters.flatMap((period, i) => [
  {
    id: `revenue-${period.toLowerCase()}`,
    metric: 'revenue',
    company: 'aws',
    period,
    value: stated((10 + i) * 1e9, 'USD'),
  },
  {
    id: `profit-${period.toLowerCase()}`,
    metric: 'profit',
    company: 'aws',
    period,
    value: stated((2 + i / 4) * 1e9, 'USD'),
  },
])
const shares: Spec[] = ['aws', 'azure', 'google-cloud'].map((company, i) => ({
  id: `share-${company}`,
  metric: 'market_share',
  company,
  period: '2023-Q4',
  value: stated(30 - i * 9, 'percent'),
}))
const index = synthetic([...results, ...shares])

describe('a chart cut to a frame too short for it', () => {
  it('keeps the latest quarters of a time series, with its value axis, and counts the earliest it drops', () => {
    const model = buildChartModel('aws-results', index, index.facts)
    const frame = { width: 900, height: 300, type: CARD_TYPE }
    const full = model.layout(frame)
    expect(full.height).toBeGreaterThan(300)
    const { scene, hidden } = cutChart(model, frame, 300)
    expect(scene.height).toBeLessThanOrEqual(300.5)
    const drawn = scene.marks.map((m) => m.factId)
    expect(drawn).toContain('revenue-2023-q4')
    expect(drawn).toContain('profit-2023-q4')
    expect(drawn).not.toContain('revenue-2021-q1')
    expect(hidden).toBe(full.marks.length - scene.marks.length)
    expect(hidden).toBeGreaterThan(0)
    // The axis is laid out with what is kept: its tick labels are drawn, not cut off below the frame.
    const ticks = (s: typeof scene) => s.texts.filter((t) => !t.factId && /^\$\d+B?$/.test(t.text)).map((t) => t.text)
    expect(ticks(scene).length).toBeGreaterThan(1)
  })

  it('keeps the first of a ranking: the largest shares', () => {
    const model = buildChartModel('market-share', index, index.facts)
    const frame = { width: 320, height: null, type: CARD_TYPE }
    const [first] = model.layout(frame).marks
    expect(first.factId).toBe('share-aws')
    // Room for the first row only.
    const { scene, hidden } = cutChart(model, frame, first.box.y + first.box.height + 4)
    expect(hidden).toBeGreaterThan(0)
    expect(scene.marks.map((m) => m.factId)).toContain('share-aws')
    expect(scene.marks.map((m) => m.factId)).not.toContain('share-google-cloud')
  })

  it('never leaves a row’s name without its marks, wherever the cut falls', () => {
    // The layoff waves have two-line names above their bars at this width: a cut between a name and its bar
    // left the name alone under the kept rows.
    const index = synthetic([
      ...['2024-01', '2024-02', '2024-03', '2024-04'].map((period, i): Spec => ({
        id: `wave-${period}`,
        metric: 'layoffs',
        company: 'amazon',
        period,
        value: stated(1000 * (i + 1), 'people'),
      })),
      ...shares,
    ])
    for (const id of ['layoffs', 'market-share'] as const) {
      const model = buildChartModel(id, index, index.facts)
      const frame = { width: 260, height: null, type: CARD_TYPE }
      const full = model.layout(frame)
      for (let height = 20; height < full.height; height += 2) {
        const { scene } = cutChart(model, frame, height)
        const drawn = new Set(scene.texts.filter((t) => !t.factId).map((t) => t.text))
        const kept = new Set(scene.marks.map((m) => m.factId))
        for (const item of model.bars.input.items) {
          // A row's first line names it alone (a date, a company); a second line ("Amazon") may name several.
          const named = drawn.has(item.label[0])
          if (named)
            expect(
              item.bars.some((b) => kept.has(b.factId)),
              `${id} at ${height}: ${item.label[0]}`,
            ).toBe(true)
        }
      }
    }
  })
})
