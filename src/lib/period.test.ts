import { describe, expect, it } from 'vitest'
import { comparePeriodKeys, periodAliases, periodBounds, periodKey, type PeriodKey } from './period.ts'

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

describe('periodAliases', () => {
  it('gives a day, a month or a quarter its ISO form, its month in full and its quarter', () => {
    expect(periodAliases('2024-04-03')).toEqual(['2024-04-03', 'April 2024', '2024-Q2', 'Q2 2024'])
    expect(periodAliases('2023-12')).toEqual(['2023-12', 'December 2023', '2023-Q4', 'Q4 2023'])
    expect(periodAliases('2023-Q4')).toEqual(['2023-Q4', 'Q4 2023'])
  })
})

describe('periodBounds', () => {
  it('gives the first and last day of quarters, months and days', () => {
    expect(periodBounds('2023-Q4')).toEqual({ start: '2023-10-01', end: '2023-12-31' })
    expect(periodBounds('2024-Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' })
    expect(periodBounds('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' })
    expect(periodBounds('2023-02')).toEqual({ start: '2023-02-01', end: '2023-02-28' })
    expect(periodBounds('2024-04-03')).toEqual({ start: '2024-04-03', end: '2024-04-03' })
  })
})
