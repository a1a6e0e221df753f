import { describe, expect, it } from 'vitest'
import type { FactValue } from '../../src/domain/schema.ts'
import { findValueInQuote, spellings } from './value-in-quote.ts'

const stated = (amount: number, unit: 'percent' | 'USD' | 'people') => ({ kind: 'stated', amount, unit }) as const

describe('spellings', () => {
  it('writes money the way articles do', () => {
    expect(spellings(24.2e9, 'USD')).toContain('$24.2 billion')
    expect(spellings(4e9, 'USD')).toContain('$4bn')
  })
})

describe('findValueInQuote', () => {
  it('finds a percentage and returns where it stands', () => {
    const quote = 'share dipped to 31% in the fourth quarter'
    expect(findValueInQuote(quote, stated(31, 'percent'))).toEqual({ start: 16, end: 19 })
  })

  it('does not take part of a longer number for the value', () => {
    expect(findValueInQuote('up 131% on the year', stated(31, 'percent'))).toBeNull()
    expect(findValueInQuote('a loss of $4.5 billion', stated(4e9, 'USD'))).toBeNull()
    expect(findValueInQuote('some 60,000 people', stated(60, 'people'))).toBeNull()
  })

  it('reads grouped thousands and abbreviated billions', () => {
    expect(findValueInQuote('a reduction of 27,000 jobs', stated(27000, 'people'))).not.toBeNull()
    expect(findValueInQuote('take a $4bn minority stake', stated(4e9, 'USD'))).not.toBeNull()
  })

  it('matches vague values by the sources’ words, in any case', () => {
    const vague = { kind: 'vague', unit: 'people', words: ['several hundred', 'hundreds'] } satisfies FactValue
    expect(findValueInQuote('Lay Off Hundreds of Staff', vague)).toEqual({ start: 8, end: 16 })
    expect(findValueInQuote('cut 400 jobs', vague)).toBeNull()
  })
})
