import { beforeAll, describe, expect, it } from 'vitest'
import type { DatasetIndex } from './dataset-index.ts'
import type { QuotedDataset } from './evidence-index.ts'
import { factRow } from './fact-row.ts'
import { loadRealQuotedDataset } from './real-dataset.test-support.ts'

let sources: QuotedDataset
let index: DatasetIndex

beforeAll(async () => {
  sources = await loadRealQuotedDataset()
  index = sources.index
})

const rowOf = (id: string) => factRow(sources, index.factById.get(id)!)

describe('factRow on the real dataset', () => {
  it('names the articles by label and publisher beside their ids, never an id alone', () => {
    const cuts = rowOf('layoffs-2024-04')
    const ids = cuts.article_ids.split(';')
    const labels = cuts.articles.split(' | ')
    const publishers = cuts.publishers.split(' | ')
    expect(ids).toHaveLength(5)
    expect(labels).toHaveLength(5)
    expect(publishers).toHaveLength(5)
    expect(labels[0]).toBe('Untitled article: “Amazon Web Services has announced significant job cuts…”')
    expect(labels[2]).toBe(index.articleById.get(ids[2])!.title)
    expect(publishers.slice(2)).toEqual(['Computer Weekly', 'Converge360', 'Quartz'])
    expect(publishers[0]).toBe('publisher not named')
    for (const label of labels) expect(label).not.toMatch(/^\d{3}_/)
  })

  it('gives ISO period and date columns beside the marked period, with how the year is known', () => {
    const cuts = rowOf('layoffs-2024-04')
    expect(cuts).toMatchObject({ period: '3 Apr 2024*', period_iso: '2024-04-03', year_inferred: true })
    expect([cuts.period_start, cuts.period_end, cuts.event_date_iso]).toEqual(Array(3).fill('2024-04-03'))
    expect(cuts.year_note).toMatch(/^\* Year inferred: .*Wednesday/)
    const share = rowOf('share-aws-2023-q4')
    expect(share).toMatchObject({
      period: 'Q4 2023*',
      period_iso: '2023-Q4',
      period_start: '2023-10-01',
      period_end: '2023-12-31',
    })
    const undated = rowOf('layoffs-amazon-two-waves')
    expect(undated).toMatchObject({ period_iso: '', period_start: '', year_inferred: false, year_note: '' })
  })

  it('puts each quote in the column of its role, and says what the articles differ on', () => {
    const cuts = rowOf('layoffs-2024-04')
    expect(cuts.date_quotes).toContain('via email on 3 April')
    expect(cuts.attribution_quotes).toContain('Matt Garman')
    expect(cuts.value_quotes).not.toContain('via email on 3 April')
    expect(cuts.detail_quotes).toContain('Seattle')
    expect(cuts.articles_differ).toContain('Who made the cuts known')
    expect(cuts.stated_by).toBe(5)
  })

  it('writes a claim in words, and a derived range as its two ends', () => {
    const dipped = rowOf('share-aws-change-2023-q4')
    expect(dipped).toMatchObject({
      kind: 'qualitative',
      value: null,
      value_text: 'Dipped',
      value_words: 'dipped',
      unit: '',
    })
    const share = rowOf('aws-cuts-share-of-staff-2024-04')
    expect(share).toMatchObject({ kind: 'derived-range', value: null, range_min: 0.4, range_max: 1.9, derived: true })
    // Each input's words, and how the range reads them: “around” reaches past 60,000 both ways.
    expect(share.formula).toContain(
      'AWS job cuts (“several hundred” / “hundreds”, read as 300–999) ÷ AWS headcount (around 60,000, read as 55,000–65,000) × 100',
    )
    // Three shares printed in whole percent leave the rest anywhere from 32.5% to 35.5%.
    expect(rowOf('share-others-2023-q4').formula).toMatch(/ = 34% \(32\.5% to 35\.5% if its inputs are rounded\)$/)
    expect(rowOf('share-aws-2023-q4').formula).toBe('')
    const headcount = rowOf('aws-headcount-2023-12')
    expect(headcount).toMatchObject({ kind: 'approximate', value: 60000, range_min: 55000, range_max: 65000 })
  })
})
