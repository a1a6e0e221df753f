import { beforeAll, describe, expect, it } from 'vitest'
import { PALETTE } from '../../../config/palette.ts'
import { buildChartModel } from '../../charts/index.ts'
import type { ChartId } from '../../charts/index.ts'
import { buildIndex, type DatasetIndex } from '../../../domain/dataset-index.ts'
import { loadRealDataset } from '../../../domain/real-dataset.test-support.ts'
import { nativeBars } from './native-bars.ts'

let index: DatasetIndex

beforeAll(async () => {
  index = buildIndex(await loadRealDataset())
})

const bars = (id: ChartId, theme: 'light' | 'dark' = 'light') =>
  nativeBars(buildChartModel(id, index, index.facts).bars, theme, id === 'market-share' ? 'percent' : 'people')
const hex = (c: string) => c.slice(1).toUpperCase()

describe('nativeBars', () => {
  it('gives every series a figure in one category only, so each bar keeps its own colour and label', () => {
    for (const id of ['market-share', 'aws-results', 'layoffs'] as const) {
      const chart = bars(id)
      for (const s of chart.series) {
        expect(s.values).toHaveLength(chart.categories.length)
        expect(s.values.filter((v) => v !== null)).toHaveLength(1)
      }
    }
  })

  it('draws market shares in the company colours, largest item at the top of a horizontal chart', () => {
    const chart = bars('market-share')
    expect(chart.direction).toBe('bar')
    // PowerPoint draws a horizontal chart bottom up: AWS, first on the page, is the last category.
    // Each share's change in words sits just under it on the slide (just before it, bottom up).
    expect(chart.categories).toEqual([
      'Other providers',
      'Google Cloud · change',
      'Google Cloud',
      'Microsoft Azure · change',
      'Microsoft Azure',
      'AWS · change',
      'AWS',
    ])
    const aws = chart.series.find((s) => s.factId === 'share-aws-2023-q4')!
    expect(aws).toMatchObject({ name: '31%', role: 'figure', color: hex(PALETTE.light.series[0]) })
    expect(aws.values.at(-1)).toBe(31)
  })

  it('labels each stated change with its direction and the articles’ words, on the baseline with no bar', () => {
    const chart = bars('market-share')
    const changes = chart.series.filter((s) => s.role === 'direction')
    const claim = (id: string) => {
      const v = index.factById.get(id)!.value
      return v.kind === 'qualitative' ? v.claim : ''
    }
    // Each claim already holds the articles' words (“increasing”, “dipped”), so none is repeated after it.
    expect(changes.map((s) => s.name)).toEqual([
      `▲ ${claim('share-google-cloud-change-2023-q4')}`,
      `▲ ${claim('share-azure-change-2023-q4')}`,
      `▼ ${claim('share-aws-change-2023-q4')}`,
    ])
    for (const s of changes) expect(s.values.filter((v) => v !== null)).toEqual([0])
  })

  it('marks a derived value with a paler fill and "derived" in its label', () => {
    const others = bars('market-share').series.find((s) => s.factId === 'share-others-2023-q4')!
    expect(others).toMatchObject({ name: '34% (derived)', role: 'derived' })
    expect(others.color).not.toBe(hex(PALETTE.light.series[3]))
  })

  it('draws a vague count as its read range under the articles’ words, and an unreported one as a labelled placeholder', () => {
    const chart = bars('layoffs')
    const band = chart.series.filter((s) => s.factId === 'layoffs-2024-04')
    const cuts = index.factById.get('layoffs-2024-04')!.value
    const { min, max } = cuts.kind === 'vague' ? cuts.range! : { min: NaN, max: NaN }
    expect(band.map((s) => [s.role, s.name, s.values[3]])).toEqual([
      ['band', `“several hundred” (read as ${min}–${max})`, max],
      ['band-floor', '\u200b', min],
    ])
    expect(band[1].color).toBe(hex(PALETTE.light.surface))
    const unknown = chart.series.find((s) => s.factId === 'layoffs-2024-01')!
    expect(unknown).toMatchObject({ role: 'placeholder', name: 'not reported' })
    expect(unknown.values[2]).toBe(0)
  })

  it('names each of several bars of one item in its category', () => {
    expect(bars('aws-results').categories).toEqual(['Revenue · Q4 2023*', 'Profits · Q4 2023*'])
    expect(bars('layoffs').categories[0]).toBe('In prior years · Amazon, two waves')
  })

  it('keeps the dataset’s fixed scale with round steps, and formats the axis in the unit', () => {
    expect(bars('market-share').axis).toEqual({ max: 40, major: 10, format: '0"%"' })
    expect(bars('layoffs').axis).toEqual({ max: 30000, major: 10000, format: '#,##0' })
  })

  it('fills the band’s floor with the slide’s own colour in the dark theme too', () => {
    const floor = bars('layoffs', 'dark').series.find((s) => s.role === 'band-floor')!
    expect(floor.color).toBe(hex(PALETTE.dark.surface))
  })
})
