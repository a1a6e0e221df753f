import { describe, expect, it } from 'vitest'
import { comparePeriodKeys, periodKey, type PeriodKey } from './period'

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
