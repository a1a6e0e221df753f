import { describe, expect, it } from 'vitest'
import { buildBroken, built, claimIn, expectError, factIn } from './build-test-support.ts'

// Each case puts back one thing a second reading of the articles found the data saying beyond them.
describe('the build rejects a fact that says more than its sentences', () => {
  it('accepts the real data', () => {
    expect(built.ok ? [] : built.errors).toEqual([])
  })

  it('a value quote highlighted on a connective: “follows” orders events, it does not give a cause', () => {
    const errors = buildBroken((s) => {
      const cause = factIn(s, 'physical-stores-cuts-cause-2024-04')
      Object.assign(cause.value, { words: ['follows', 'leading to layoffs', 'due to'] })
      cause.citations.push({
        article: '001_5b20bf3d46126c97',
        quote:
          'This announcement follows Amazon’s decision to discontinue its “Just Walk Out” cashierless technology at Amazon Fresh grocery stores across the United States.',
      })
      claimIn(s, '001-just-walk-out').facts!.push('physical-stores-cuts-cause-2024-04')
    })
    expectError(errors, 'physical-stores-cuts-cause-2024-04', 'highlighted on "follows"')
  })

  it('a quote about something else: where AI spending goes, cited for the derived “others” share', () => {
    const errors = buildBroken((s) => {
      factIn(s, 'share-others-2023-q4').citations.push({
        article: '002_f2f2ba15a4cfbd0b',
        role: 'detail',
        quote: 'challengers like Oracle Cloud Infrastructure and new AI-focused cloud companies',
        mark: 'Oracle Cloud Infrastructure',
      })
      claimIn(s, '002-sustar-demand').facts!.push('share-others-2023-q4')
    })
    expectError(errors, 'share-others-2023-q4', 'citations[0]', 'about something else', 'Oracle')
  })

  it('a value quote that names neither the company, the metric nor the value', () => {
    const errors = buildBroken((s) => {
      const january = factIn(s, 'layoffs-2024-01')
      january.value = { kind: 'unknown', unit: 'people' }
      january.citations.push({
        article: '004_63556d1f1b65d4c5',
        quote: 'The technology used cameras and sensors to track items customers left its stores with',
      })
    })
    expectError(errors, 'layoffs-2024-01', 'citations[1]', 'mentions neither Amazon')
  })

  it('a left-out reason that says its sentence is in every article, when one article lacks it', () => {
    const reason = 'AWS’s “difficult but necessary” line, in every article; it adds nothing to AWS’s stated reason.'
    const errors = buildBroken((s) => {
      for (const id of ['000-difficult-but-necessary', '002-difficult-but-necessary', '004-difficult-but-necessary']) {
        const claim = claimIn(s, id)
        delete claim.facts
        claim.leftOut = reason
      }
      s.claims.disagreements = s.claims.disagreements.filter((d) => d.id !== 'spokesperson-line')
    })
    expectError(errors, '000-difficult-but-necessary', 'leftOut', 'also in Converge360')
    expect(errors.some((e) => e.includes('also in Computer Weekly'))).toBe(false)
  })

  it('a left-out reason that names an article with no such sentence', () => {
    const errors = buildBroken(
      (s) => (claimIn(s, '000-key-player').leftOut = 'The article’s own assessment; Quartz says the same.'),
    )
    expectError(errors, '000-key-player', 'leftOut', 'also in Quartz')
  })

  it('a fact dated where its quote has no date word and no period.basis says how', () => {
    const errors = buildBroken((s) => {
      factIn(s, 'spending-driver').period = { value: '2023-Q4', inferred: false, yearInferred: true }
    })
    expectError(errors, 'spending-driver', 'period', 'no value or date quote of it has a date word')
  })

  it('accepts the same date once period.basis says how it is known', () => {
    const errors = buildBroken((s) => {
      factIn(s, 'spending-driver').period = {
        value: '2023-Q4',
        inferred: false,
        yearInferred: true,
        basis: 'The same sentence gives the quarter’s spending.',
      }
      factIn(s, 'layoffs-2023-03').value = { kind: 'stated', amount: 9001, unit: 'people' }
    })
    expect(errors.some((e) => e.includes('spending-driver'))).toBe(false)
  })

  it('a total that may include a wave that is not a layoff fact', () => {
    const errors = buildBroken(
      (s) => (factIn(s, 'layoffs-amazon-two-waves').layoff!.mayInclude = ['share-aws-2023-q4']),
    )
    expectError(
      errors,
      'layoffs-amazon-two-waves',
      'layoff.mayInclude',
      '"share-aws-2023-q4" is not another layoff fact',
    )
  })
})
