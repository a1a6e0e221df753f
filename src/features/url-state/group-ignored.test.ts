import { describe, expect, it } from 'vitest'
import { groupIgnored } from './group-ignored.ts'
import type { IgnoredParam } from './search-params.ts'

const NOT_IN = 'not in this dataset'
const p = (key: string, value: string, reason = NOT_IN): IgnoredParam => ({ key, value, reason })

describe('groupIgnored', () => {
  it('puts the values of one parameter and reason on one line, the first few and a count', () => {
    const junk = Array.from({ length: 2000 }, (_, i) => p('company', `x${i}`))
    expect(groupIgnored(junk)).toEqual({
      shown: [{ key: 'company', reason: NOT_IN, values: ['x0', 'x1', 'x2'], more: 1997 }],
      hidden: 0,
    })
  })

  it('keeps apart the same parameter ignored for different reasons, in the order first seen', () => {
    const ignored = [
      p('company', '<b>', 'not a valid value'),
      p('company', 'ibm'),
      p('company', '<i>', 'not a valid value'),
    ]
    expect(groupIgnored(ignored).shown).toEqual([
      { key: 'company', reason: 'not a valid value', values: ['<b>', '<i>'], more: 0 },
      { key: 'company', reason: NOT_IN, values: ['ibm'], more: 0 },
    ])
  })

  it('shows at most `groups` lines and counts the values on the others', () => {
    const ignored = ['a', 'b', 'c', 'd'].flatMap((key) =>
      ['1', '2', '3'].map((value) => p(key, value, 'unknown parameter')),
    )
    const { shown, hidden } = groupIgnored(ignored, { groups: 2, values: 1 })
    expect(shown.map((g) => [g.key, g.values, g.more])).toEqual([
      ['a', ['1'], 2],
      ['b', ['1'], 2],
    ])
    expect(hidden).toBe(6)
  })

  it('never cuts a list to leave one out: “and 1 more” would take the room that one needs', () => {
    const ignored = ['a', 'b', 'c'].flatMap((key) => [
      p(key, '1', 'unknown parameter'),
      p(key, '2', 'unknown parameter'),
    ])
    const { shown, hidden } = groupIgnored(ignored, { groups: 2, values: 1 })
    expect(shown.map((g) => [g.key, g.values, g.more])).toEqual([
      ['a', ['1', '2'], 0],
      ['b', ['1', '2'], 0],
      ['c', ['1', '2'], 0],
    ])
    expect(hidden).toBe(0)
  })

  it('gives nothing for nothing', () => {
    expect(groupIgnored([])).toEqual({ shown: [], hidden: 0 })
  })
})
