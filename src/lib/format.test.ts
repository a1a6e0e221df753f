import { describe, expect, it } from 'vitest'
import { formatAmount, formatValue } from './format'

describe('formatAmount', () => {
  it('formats each unit the way a reader expects', () => {
    expect(formatAmount(24.2e9, 'USD')).toBe('$24.2B')
    expect(formatAmount(4e9, 'USD')).toBe('$4B')
    expect(formatAmount(31, 'percent')).toBe('31%')
    expect(formatAmount(29.8, 'percent')).toBe('29.8%')
    expect(formatAmount(27000, 'people')).toBe('27,000')
    expect(formatAmount(60, 'days')).toBe('60 days')
  })
})

describe('formatValue', () => {
  it('never turns words into a number', () => {
    expect(formatValue({ kind: 'vague', unit: 'people', words: ['several hundred', 'hundreds'] })).toBe(
      '“several hundred” / “hundreds”',
    )
    expect(formatValue({ kind: 'unknown', unit: 'people', words: 'significant layoffs' })).toBe('Not reported')
  })

  it('keeps the qualifier of approximate and bounded values', () => {
    expect(formatValue({ kind: 'approximate', amount: 60000, unit: 'people', words: 'around' })).toBe('around 60,000')
    expect(formatValue({ kind: 'bound', amount: 1000, unit: 'people', words: 'over' })).toBe('over 1,000')
  })
})
