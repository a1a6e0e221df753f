import { describe, expect, it } from 'vitest'
import { findQuantities } from './quantities.ts'

const read = (s: string) => findQuantities(s).map(({ text, kind, amount, unit }) => ({ text, kind, amount, unit }))

describe('the quantities a sentence states', () => {
  it('reads money, percentages and counts in the unit the dataset keeps them', () => {
    expect(read('The division reported profits of $7.2 billion on revenue of $24.2 billion.')).toEqual([
      { text: '$7.2 billion', kind: 'stated', amount: 7.2e9, unit: 'USD' },
      { text: '$24.2 billion', kind: 'stated', amount: 24.2e9, unit: 'USD' },
    ])
    expect(read('a $4bn minority stake')).toEqual([{ text: '$4bn', kind: 'stated', amount: 4e9, unit: 'USD' }])
    expect(read('its share dipped to 31% while nine thousand jobs went')).toEqual([
      { text: '31%', kind: 'stated', amount: 31, unit: 'percent' },
      { text: 'nine thousand', kind: 'stated', amount: 9000, unit: 'people' },
    ])
  })

  it('keeps a qualifier in the kind: approximate for "around", a bound for "over" and "at least"', () => {
    expect(read('headcount was around 60,000 people')).toEqual([
      { text: 'around 60,000', kind: 'approximate', amount: 60000, unit: 'people' },
    ])
    expect(read('relied on over 1,000 workers')).toEqual([
      { text: 'over 1,000', kind: 'bound', amount: 1000, unit: 'people' },
    ])
    expect(read('pay for at least 60 days')).toEqual([{ text: 'at least 60', kind: 'bound', amount: 60, unit: 'days' }])
  })

  it('keeps a vague quantity in its words, never a number', () => {
    expect(read('The cutbacks include several hundred jobs.')).toEqual([
      { text: 'several hundred', kind: 'vague', amount: null, unit: 'people' },
    ])
    expect(read('with thousands of open positions')).toEqual([
      { text: 'thousands', kind: 'vague', amount: null, unit: 'positions' },
    ])
  })

  it('reads years, days of a date and ordinals as dates, not quantities', () => {
    expect(read('since 2019, on 3 April, in the fourth quarter, in the third and fourth quarters')).toEqual([])
  })
})
