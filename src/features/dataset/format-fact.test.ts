import { describe, expect, it } from 'vitest'
import { formatPeriod, formatValue } from './format-fact'

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

describe('formatPeriod', () => {
  it('says when a date is inferred and keeps the sources’ words when there is none', () => {
    expect(formatPeriod({ value: '2023-03', inferred: true })).toBe('about Mar 2023')
    expect(formatPeriod({ value: '2024-04-03', inferred: false })).toBe('3 Apr 2024')
    expect(formatPeriod({ value: null, inferred: false, words: 'in prior years' })).toBe('In prior years')
  })
})
