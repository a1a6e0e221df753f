import { beforeAll, describe, expect, it } from 'vitest'
import { buildChartModel } from '../charts/index.ts'
import { buildIndex, filterFacts, type DatasetIndex, type FactFilter } from '../../domain/dataset-index.ts'
import type { Fact, Period } from '../../domain/schema.ts'
import { deckFileName, exportFileName } from './file-names.ts'
import { loadRealDataset } from '../../domain/real-dataset.test-support.ts'

let index: DatasetIndex

beforeAll(async () => {
  index = buildIndex(await loadRealDataset())
})

const withPeriods = (...periods: (string | null)[]): Fact[] =>
  periods.map((value, i) => ({
    ...index.factById.get('aws-revenue-2023-q4')!,
    id: `f${i}`,
    period: { value, inferred: false, ...(value ? {} : { words: 'in prior years' }) } as Period,
  }))

describe('exportFileName', () => {
  it('names a one-quarter chart by its quarter', () => {
    const model = buildChartModel('market-share', index, index.facts)
    expect(exportFileName(model, 'png')).toBe('cloud-market-share-2023-Q4.png')
    expect(exportFileName(model, 'svg')).toBe('cloud-market-share-2023-Q4.svg')
    expect(exportFileName(model, 'csv')).toBe('cloud-market-share-2023-Q4.csv')
  })

  it('adds a variant after the period', () => {
    const model = buildChartModel('market-share', index, index.facts)
    expect(exportFileName(model, 'png', 'slide')).toBe('cloud-market-share-2023-Q4-slide.png')
    expect(exportFileName(model, 'png', ' Retina 2× / Dark!')).toBe('cloud-market-share-2023-Q4-retina-2-dark.png')
  })

  it('names several quarters by their range, whatever order the facts come in', () => {
    const model = { id: 'aws-results' as const, facts: withPeriods('2024-Q2', '2023-Q4', '2024-01') }
    expect(exportFileName(model, 'csv')).toBe('aws-revenue-profits-2023-Q4-to-2024-Q2.csv')
  })

  it('names layoff waves by their dated range, leaving the undated waves out', () => {
    const model = buildChartModel('layoffs', index, index.facts)
    expect(exportFileName(model, 'svg')).toBe('amazon-layoff-waves-2023-Q1-to-2024-Q2.svg')
  })

  it('adds no period when nothing is dated or nothing is shown', () => {
    expect(exportFileName({ id: 'layoffs', facts: withPeriods(null, null) }, 'png')).toBe('amazon-layoff-waves.png')
    expect(exportFileName({ id: 'layoffs', facts: [] }, 'png', 'slide')).toBe('amazon-layoff-waves-slide.png')
  })

  it('uses only lowercase letters, digits, "." and "-" besides the Q of its quarters', () => {
    for (const id of ['market-share', 'aws-results', 'layoffs'] as const) {
      const name = exportFileName(buildChartModel(id, index, index.facts), 'png', 'Ünïcode & spaces')
      expect(name.replace(/\d{4}-Q[1-4]/g, '2023-q4')).toMatch(/^[a-z0-9.-]+$/)
      expect(name).toMatch(/-unicode-spaces\.png$/)
    }
  })

  it('names a PowerPoint slide like the other files, and a filtered export by its companies', () => {
    expect(exportFileName(buildChartModel('market-share', index, index.facts), 'pptx')).toBe(
      'cloud-market-share-2023-Q4.pptx',
    )
    const filter: FactFilter = { companies: ['aws', 'google-cloud'], periods: [] }
    const model = buildChartModel('market-share', index, filterFacts(index, filter), filter)
    expect(exportFileName(model, 'pptx')).toBe('cloud-market-share-2023-Q4-aws-google-cloud.pptx')
    expect(exportFileName(model, 'png', 'slide')).toBe('cloud-market-share-2023-Q4-aws-google-cloud-slide.png')
  })
})

describe('deckFileName', () => {
  it('names the deck for the dashboard, with the filters in order', () => {
    expect(deckFileName(undefined)).toBe('cloud-market-dashboard-deck.pptx')
    expect(deckFileName({ filter: { companies: [], periods: [] } })).toBe('cloud-market-dashboard-deck.pptx')
    expect(deckFileName({ filter: { companies: ['aws'], periods: ['2024-Q2', '2023-Q4'] } })).toBe(
      'cloud-market-dashboard-deck-aws-2023-Q4-2024-Q2.pptx',
    )
  })
})
