import { describe, expect, it } from 'vitest'
import { findDates } from './periods.ts'

const april = new Date('2024-04-03T12:00:00Z')
const periods = (s: string) =>
  findDates(s, april, null).map((d) => [d.period.value, d.period.yearInferred, d.period.inferred])

describe('the dates a sentence gives, read back from the article’s date', () => {
  it('places a quarter with no year in the latest such quarter before the article', () => {
    expect(periods('in the fourth quarter')).toEqual([['2023-Q4', true, false]])
    expect(periods('in the first quarter')).toEqual([['2024-Q1', true, false]])
    expect(periods('in the first quarter of 2024')).toEqual([['2024-Q1', false, false]])
  })

  it('gives each quarter of "the third and fourth quarters" its own period', () => {
    expect(
      periods('in the third and fourth quarters of the year')
        .map(([v]) => v)
        .sort(),
    ).toEqual(['2023-Q3', '2023-Q4'])
  })

  it('reads months, days and weekdays looking back, and marks the year as not printed', () => {
    expect(periods('A report last December said')).toEqual([['2023-12', true, false]])
    expect(periods('employees were informed on 3 April')).toEqual([['2024-04-03', true, false]])
    expect(periods('Amazon said Tuesday')).toEqual([['2024-04-02', true, false]])
  })

  it('reads "just over a year after" back from the news as an inferred month', () => {
    expect(periods('News emerged just over a year after the CEO emailed staff')).toEqual([['2023-03', true, true]])
  })

  it('keeps spans the dataset holds only as words undated', () => {
    expect(periods('in two waves in prior years')).toEqual([[null, false, false]])
  })
})
