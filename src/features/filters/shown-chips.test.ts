import { describe, expect, it } from 'vitest'
import { COLLAPSE_ABOVE, SHOWN_COLLAPSED, shownChips } from './shown-chips.ts'

const quarters = Array.from({ length: 40 }, (_, i) => `${2014 + Math.floor(i / 4)}-Q${(i % 4) + 1}`)

describe('shownChips', () => {
  it('shows every chip of a short group', () => {
    const six = quarters.slice(0, 6)
    expect(shownChips(six, [], 'last')).toEqual(six)
    expect(shownChips(quarters.slice(0, COLLAPSE_ABOVE), [], 'first')).toHaveLength(COLLAPSE_ABOVE)
  })

  it('shows the latest periods, or the first companies, of a long group, in the group’s order', () => {
    expect(shownChips(quarters, [], 'last')).toEqual(quarters.slice(-SHOWN_COLLAPSED))
    expect(shownChips(quarters, [], 'first')).toEqual(quarters.slice(0, SHOWN_COLLAPSED))
  })

  it('keeps the chips named always, besides the latest', () => {
    const keys = ['undated', ...quarters]
    expect(shownChips(keys, [], 'last', ['undated'])).toEqual(['undated', ...quarters.slice(-SHOWN_COLLAPSED)])
  })

  it('keeps a pressed chip in view wherever it is in the group', () => {
    const shown = shownChips(quarters, ['2014-Q2', '2023-Q4'], 'last')
    expect(shown[0]).toBe('2014-Q2')
    expect(shown).toHaveLength(SHOWN_COLLAPSED + 1)
    expect(shown).toContain('2023-Q4')
  })
})
