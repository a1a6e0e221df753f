import { describe, expect, it } from 'vitest'
import { textWidth, wrapText } from './text-width'

describe('textWidth', () => {
  it('grows with the text, the size and the weight', () => {
    expect(textWidth('', 16)).toBe(0)
    expect(textWidth('AWS 31%', 16)).toBeGreaterThan(textWidth('AWS', 16))
    expect(textWidth('AWS', 32)).toBeCloseTo(2 * textWidth('AWS', 16))
    expect(textWidth('18,000', 14, 700)).toBeGreaterThan(textWidth('18,000', 14, 400))
  })

  // Widths of whole strings in DejaVu Sans at 100 px, measured with a canvas in Chromium.
  it.each([
    ['Microsoft Azure', 400, 771.6],
    ['Operating profit', 400, 797.5],
    ['“several hundred”', 400, 917.4],
    ['31%', 700, 239.4],
    ['$24.2B', 700, 392.5],
  ] as const)('is never narrower than DejaVu Sans draws %s', (text, weight, measured) => {
    expect(textWidth(text, 100, weight)).toBeGreaterThanOrEqual(measured)
  })

  it('counts characters outside ASCII', () => {
    expect(textWidth('“several hundred”', 16)).toBeGreaterThan(textWidth('several hundred', 16))
    expect(textWidth('日本', 16)).toBeGreaterThan(0)
  })
})

describe('wrapText', () => {
  it('keeps a line that fits whole', () => {
    expect(wrapText('Cloud market share', 1000, 16)).toEqual(['Cloud market share'])
  })

  it('breaks between words so no line is wider than the limit', () => {
    const text = 'Source: Synergy Research Group. Reported in Computer Weekly and GeekWire.'
    const lines = wrapText(text, 160, 12)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe(text)
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(160)
  })

  it('breaks a word longer than a line', () => {
    const lines = wrapText('https://example.org/a-very-long-path-that-never-ends', 80, 12)
    expect(lines.join('')).toBe('https://example.org/a-very-long-path-that-never-ends')
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(80)
  })

  it('gives no lines for blank text', () => {
    expect(wrapText('  ', 100, 12)).toEqual([])
  })
})
