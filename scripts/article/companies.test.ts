import { describe, expect, it } from 'vitest'
import { findCompanies } from './companies.ts'

const KNOWN = [{ id: 'aws', name: 'AWS' }]
const namesIn = (sentence: string) => findCompanies(sentence, KNOWN, true).map((m) => `${m.name}${m.isNew ? '*' : ''}`)

describe('findCompanies, offering new names', () => {
  it('offers a capitalised name a figure is written of', () => {
    expect(namesIn('Oracle held 3% of the market, and AWS rose.')).toEqual(['Oracle*', 'AWS'])
  })

  it('offers no one named by their role', () => {
    expect(namesIn('Analysts at Gartner said AWS held 31% of the market.')).toEqual(['AWS'])
    expect(namesIn('Employees at Amazon Web Services were told in April.')).toEqual(['Amazon Web Services'])
  })
})
