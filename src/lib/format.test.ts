import { describe, expect, it } from 'vitest'
import { formatAmount } from './format.ts'

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
