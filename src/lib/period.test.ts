import { describe, expect, it } from 'vitest'
import { comparePeriodKeys, formatPeriod, periodKey, type PeriodKey } from './period'

describe('periodKey', () => {
  it('puts months and days in their calendar quarter', () => {
    expect(periodKey({ value: '2023-12' })).toBe('2023-Q4')
    expect(periodKey({ value: '2023-03' })).toBe('2023-Q1')
    expect(periodKey({ value: '2024-04-03' })).toBe('2024-Q2')
    expect(periodKey({ value: '2023-Q4' })).toBe('2023-Q4')
  })

  it('keeps facts without a date apart', () => {
    expect(periodKey({ value: null })).toBe('undated')
  })
})

describe('comparePeriodKeys', () => {
  it('sorts undated first, then by time', () => {
    const keys: PeriodKey[] = ['2024-Q2', 'undated', '2023-Q4', '2023-Q1']
    expect(keys.sort(comparePeriodKeys)).toEqual(['undated', '2023-Q1', '2023-Q4', '2024-Q2'])
  })
})

describe('formatPeriod', () => {
  it('says when a date is inferred and keeps the sources’ words when there is none', () => {
    expect(formatPeriod({ value: '2023-03', inferred: true })).toBe('about Mar 2023')
    expect(formatPeriod({ value: '2024-04-03', inferred: false })).toBe('3 Apr 2024')
    expect(formatPeriod({ value: null, inferred: false, words: 'in prior years' })).toBe('In prior years')
  })
})
