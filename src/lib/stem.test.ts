import { describe, expect, it } from 'vitest'
import { stem } from './stem.ts'

describe('stem', () => {
  it.each([
    [['grew', 'grow', 'growth', 'growing', 'grown', 'grows'], 'grow'],
    [['rose', 'rise', 'rising', 'rises', 'risen'], 'ris'],
    [['fast', 'faster', 'fastest'], 'fast'],
    [['increase', 'increasing', 'increased', 'increases'], 'increas'],
    [['dip', 'dipped', 'dipping'], 'dip'],
    [['fell', 'fall', 'falling'], 'fal'],
  ])('brings %j to one stem', (words, expected) => {
    for (const w of words) expect(stem(w), w).toBe(expected)
  })

  it('leaves short words and figures whole', () => {
    expect(stem('aws')).toBe('aws')
    expect(stem('q4')).toBe('q4')
    expect(stem('2023s')).toBe('2023s')
  })
})
