import { describe, expect, it } from 'vitest'
import { contentHash } from './content-hash.ts'

describe('contentHash', () => {
  it('gives the same digits for the same text, every time', () => {
    expect(contentHash('{"facts":[]}')).toBe(contentHash('{"facts":[]}'))
    expect(contentHash('')).toMatch(/^[0-9a-f]{14}$/)
  })

  it('tells texts apart that differ in one character, or in order', () => {
    const base = '{"amount":31,"unit":"percent"}'
    expect(contentHash(base)).not.toBe(contentHash(base.replace('31', '32')))
    expect(contentHash('ab')).not.toBe(contentHash('ba'))
  })
})
