import { describe, expect, it } from 'vitest'
import { citationRole } from '../../src/domain/kinds.ts'
import { buildDataset } from './build-dataset.ts'
import { articleText, buildBroken, builtFact, expectError, factIn, sources } from './build-test-support.ts'

describe('citation roles on the real data', () => {
  it('keeps the value quotes first and marks the date and the announcer of the April cuts', () => {
    const cuts = builtFact('layoffs-2024-04')
    const roles = cuts.citations.map(citationRole)
    expect(roles.indexOf('date')).toBeGreaterThan(roles.lastIndexOf('value'))
    const marked = (role: string) =>
      cuts.citations
        .filter((c) => citationRole(c) === role && c.highlight)
        .map((c) => articleText(c.article).slice(c.highlight!.start, c.highlight!.end))
    expect(marked('date')).toEqual(expect.arrayContaining(['3 April', 'Wednesday']))
    expect(marked('attribution')).toContain('Matt Garman')
  })
})

describe('the build rejects citations that do not fit their role', () => {
  it('a fact whose only quote dates it, with none that states the value', () => {
    const errors = buildBroken((s) => {
      const fact = factIn(s, 'layoffs-2024-04')
      fact.citations = fact.citations.filter((c) => c.role === 'date')
    })
    expectError(errors, 'layoffs-2024-04', 'needs at least one citation that states it')
  })

  it('a mark that is not in its quote', () => {
    const errors = buildBroken((s) => {
      const date = factIn(s, 'layoffs-2024-04').citations.find((c) => c.role === 'date')!
      date.mark = '4 April'
    })
    expectError(errors, 'layoffs-2024-04', 'mark "4 April" is not in the quote')
  })

  it('a value quote on a derived value', () => {
    const errors = buildBroken((s) => {
      const share = factIn(s, 'aws-cuts-share-of-staff-2024-04')
      share.citations = share.citations.map((c) => ({ article: c.article, quote: c.quote, role: 'value' as const }))
    })
    expectError(errors, 'aws-cuts-share-of-staff-2024-04', 'a derived value is computed, not quoted')
  })
})

describe('the build rejects a year the articles do not print unless it is marked inferred', () => {
  it('a Q4 2023 share stored as if 2023 were printed', () => {
    const errors = buildBroken((s) => (factIn(s, 'share-aws-2023-q4').period.yearInferred = false))
    expectError(errors, 'share-aws-2023-q4', 'period', 'no article it cites prints the year 2023', 'yearInferred')
  })

  it('a layoff announced “In January” stored as if its year were printed', () => {
    const errors = buildBroken((s) => (factIn(s, 'layoffs-2024-01').layoff!.eventDate!.yearInferred = false))
    expectError(errors, 'layoffs-2024-01', 'layoff.eventDate', 'prints the year 2024')
  })

  it('a derived value whose inputs have an inferred year', () => {
    const errors = buildBroken((s) => (factIn(s, 'aws-operating-margin-2023-q4').period.yearInferred = false))
    expectError(errors, 'aws-operating-margin-2023-q4', 'period', 'has an inferred year')
  })

  it('accepts a year that a cited article prints (the untitled article prints “since 2019”)', () => {
    const copy = structuredClone(sources)
    Object.assign(factIn(copy, 'amazon-workforce-growth').period, { value: '2019-Q1', yearInferred: false })
    const result = buildDataset(copy)
    expect(result.ok ? [] : result.errors).toEqual([])
  })
})

describe('qualitative and derived-range values', () => {
  it('builds the share of AWS staff the April cuts make as a range, not one number', () => {
    const share = builtFact('aws-cuts-share-of-staff-2024-04')
    // 300 of “around 60,000” read as 65,000 at the least (0.46%), 999 of 55,000 at the most (1.82%).
    expect(share.value).toMatchObject({ kind: 'derived-range', min: 0.4, max: 1.9, unit: 'percent' })
    expect('amount' in share.value).toBe(false)
    expect(share.inputs).toEqual(['layoffs-2024-04', 'aws-headcount-2023-12'])
  })

  it('rejects a range end its formula does not give', () => {
    const errors = buildBroken((s) => Object.assign(factIn(s, 'aws-cuts-share-of-staff-2024-04').value, { max: 2 }))
    expectError(errors, 'aws-cuts-share-of-staff-2024-04', 'formula', 'gives at most', 'says max 2')
  })

  it('rejects range ends rounded to the nearest, which make the range narrower than its inputs allow', () => {
    const errors = buildBroken((s) =>
      Object.assign(factIn(s, 'aws-cuts-share-of-staff-2024-04').value, { min: 0.5, max: 1.8 }),
    )
    expectError(errors, 'aws-cuts-share-of-staff-2024-04', 'gives at least 0.46', '0.4, rounded down', 'says min 0.5')
    expectError(errors, 'aws-cuts-share-of-staff-2024-04', 'gives at most 1.81', '1.9, rounded up', 'says max 1.8')
  })

  it('rejects a range over an input with no range to compute with', () => {
    const errors = buildBroken((s) =>
      Object.assign(factIn(s, 'aws-cuts-share-of-staff-2024-04').value, { formula: '{layoffs-2024-01} / 600' }),
    )
    expectError(errors, 'aws-cuts-share-of-staff-2024-04', '{layoffs-2024-01} has no amount or range')
  })

  it('rejects a claim in words whose words no quote uses', () => {
    const errors = buildBroken((s) =>
      Object.assign(factIn(s, 'share-aws-change-2023-q4').value, { words: ['plunged'] }),
    )
    expectError(errors, 'share-aws-change-2023-q4', 'does not state the value', '"plunged"')
  })
})

describe('reader-facing text', () => {
  it('rejects a note that names an article by its file number, but not a figure or a name that contains one', () => {
    const errors = buildBroken((s) => {
      factIn(s, 'anthropic-investment').note = 'Article 002 calls it a minority stake.'
      factIn(s, 'aws-headcount-2023-12').note = 'Around 60,000 people, or 60.002 thousand, as Converge002 put it.'
    })
    expectError(errors, 'anthropic-investment', 'note', 'names an article by its file number "002"')
    expect(errors.some((e) => e.includes('aws-headcount-2023-12'))).toBe(false)
  })
})
