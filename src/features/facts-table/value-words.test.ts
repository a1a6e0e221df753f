import { describe, expect, it } from 'vitest'
import { amountWords, quarterWords, valueWords } from './value-words.ts'

describe('amountWords', () => {
  it('writes dollars in billions and millions as the articles do, with and without the sign', () => {
    expect(amountWords(24.2e9, 'USD')).toEqual(['24.2 billion', '24.2bn', '$24.2 billion', '$24.2bn'])
    expect(amountWords(350e6, 'USD')).toEqual(['350 million', '350m', '$350 million', '$350m'])
  })

  it('writes counts plainly and in thousands, never rounded', () => {
    expect(amountWords(9000, 'people')).toEqual(['9000', '9 thousand', '9k'])
    expect(amountWords(1234, 'positions')).toEqual(['1234', '1.234 thousand', '1.234k'])
    expect(amountWords(350, 'people')).toEqual(['350', 'hundred'])
    expect(amountWords(60, 'days')).toEqual(['60'])
  })

  it('writes a percentage with its unit in words', () => {
    expect(amountWords(31, 'percent')).toEqual(['31 percent'])
    expect(amountWords(0.3, 'percent')).toEqual(['0.3 percent'])
  })
})

describe('valueWords', () => {
  it('gives a range both ends, a value without a number only its unit, a claim in words nothing', () => {
    expect(valueWords({ kind: 'derived-range', min: 0.3, max: 1.7, unit: 'percent', formula: 'x' })).toEqual([
      '0.3 percent',
      '1.7 percent',
      'percent',
    ])
    expect(valueWords({ kind: 'vague', unit: 'people', words: ['several hundred'] })).toEqual(['people'])
    expect(valueWords({ kind: 'qualitative', claim: 'Fell', words: ['dipped'] })).toEqual([])
  })
})

describe('quarterWords', () => {
  it('names the quarter a period falls in as the articles write it', () => {
    expect(quarterWords('2023-Q4')).toEqual(['fourth quarter 2023'])
    expect(quarterWords('2024-04-03')).toEqual(['second quarter 2024'])
    expect(quarterWords(null)).toEqual([])
  })
})
