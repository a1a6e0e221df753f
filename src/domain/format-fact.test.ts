import { beforeAll, describe, expect, it } from 'vitest'
import { loadRealDataset } from './real-dataset.test-support.ts'
import { buildIndex, type DatasetIndex } from './dataset-index.ts'
import {
  articleYearNote,
  formatPeriod,
  formatValue,
  inferredYearNote,
  markedPeriod,
  markedPeriodKey,
  YEAR_INFERRED_MARK,
} from './format-fact.ts'

describe('formatValue', () => {
  it('never turns words into a number', () => {
    expect(formatValue({ kind: 'vague', unit: 'people', words: ['several hundred', 'hundreds'] })).toBe(
      '“several hundred” / “hundreds”',
    )
    expect(formatValue({ kind: 'unknown', unit: 'people', words: 'significant layoffs' })).toBe(
      'Not reported (“significant layoffs”)',
    )
    expect(formatValue({ kind: 'qualitative', claim: 'Fell', words: ['dipped'] })).toBe('Fell')
  })

  it('keeps the qualifier of approximate and bounded values', () => {
    expect(formatValue({ kind: 'approximate', amount: 60000, unit: 'people', words: 'around' })).toBe('around 60,000')
    expect(formatValue({ kind: 'bound', amount: 1000, unit: 'people', words: 'over' })).toBe('over 1,000')
  })

  it('writes a derived range as its two ends', () => {
    expect(formatValue({ kind: 'derived-range', min: 0.3, max: 1.7, unit: 'percent', formula: '{a} / 2' })).toBe(
      '0.3%–1.7%',
    )
  })
})

describe('formatPeriod', () => {
  it('says when a date is inferred and keeps the sources’ words when there is none', () => {
    expect(formatPeriod({ value: '2023-03', inferred: true })).toBe('about Mar 2023')
    expect(formatPeriod({ value: '2024-04-03', inferred: false })).toBe('3 Apr 2024')
    expect(formatPeriod({ value: null, inferred: false, words: 'in prior years' })).toBe('In prior years')
  })

  it('marks a year the articles do not print with one mark, after the date', () => {
    expect(YEAR_INFERRED_MARK).toBe('*')
    expect(formatPeriod({ value: '2023-Q4', yearInferred: true })).toBe('Q4 2023*')
    expect(formatPeriod({ value: '2024-04-03', inferred: false, yearInferred: true })).toBe('3 Apr 2024*')
    expect(formatPeriod({ value: '2023-03', inferred: true, yearInferred: true })).toBe('about Mar 2023*')
    expect(formatPeriod({ value: null, words: 'since 2019', yearInferred: true })).toBe('Since 2019')
  })
})

describe('the inferred-year helpers on the real dataset', () => {
  let real: DatasetIndex
  beforeAll(async () => {
    real = buildIndex(await loadRealDataset())
  })
  const fact = (id: string) => real.factById.get(id)!

  it('marks the period of every fact whose year is inferred, and only those', () => {
    expect(markedPeriod(fact('share-aws-2023-q4'))).toBe('Q4 2023*')
    expect(markedPeriod(fact('layoffs-2024-04'))).toBe('3 Apr 2024*')
    expect(markedPeriod(fact('layoffs-amazon-two-waves'))).toBe('In prior years')
    for (const f of real.facts) expect(markedPeriod(f).endsWith('*'), f.id).toBe(f.period.yearInferred === true)
  })

  it('marks a quarter when a fact in it has an inferred year', () => {
    expect(markedPeriodKey('2023-Q4', real.facts)).toBe('Q4 2023*')
    expect(markedPeriodKey('2023-Q4', [fact('layoffs-2024-04')])).toBe('Q4 2023')
    expect(markedPeriodKey('2024-Q2', [{ period: { value: '2024-04', inferred: false } }])).toBe('Q2 2024')
  })

  it('explains the mark once, from the articles’ recorded basis, and says nothing when no year is inferred', () => {
    const note = inferredYearNote(real, [fact('share-aws-2023-q4'), fact('layoffs-2024-04')])!
    expect(note.startsWith('* Year inferred: ')).toBe(true)
    expect(note).toContain('3 April was a Wednesday')
    // Five articles record the same basis: it is said once.
    expect(note.split('3 April was a Wednesday')).toHaveLength(2)
    expect(inferredYearNote(real, [fact('layoffs-amazon-two-waves'), fact('anthropic-investment')])).toBeNull()
    // A derived value's year is explained by its inputs' articles.
    expect(inferredYearNote(real, [fact('aws-operating-margin-2023-q4')])).toBe(
      inferredYearNote(real, [fact('aws-revenue-2023-q4')]),
    )
    const article = real.articleById.get(fact('share-aws-2023-q4').citations[0].article)!
    expect(articleYearNote(article)).toBe(note)
  })
})
