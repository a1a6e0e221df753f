import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import metrics from 'virtual:font-metrics'
import { textMeasure, textWidth, wrapText } from './text-width.ts'

describe('textWidth', () => {
  it('grows with the text, the size and the weight', () => {
    expect(textWidth('', 16)).toBe(0)
    expect(textWidth('AWS 31%', 16)).toBeGreaterThan(textWidth('AWS', 16))
    expect(textWidth('AWS', 32)).toBeCloseTo(2 * textWidth('AWS', 16))
    expect(textWidth('27,000', 14, 700)).toBeGreaterThan(textWidth('27,000', 14, 400))
  })

  it('kerns pairs as the font does: "AV" is narrower than "A" and "V" apart', () => {
    expect(textWidth('AV', 100)).toBeLessThan(textWidth('A', 100) + textWidth('V', 100))
    expect(textWidth('HH', 100)).toBeCloseTo(2 * textWidth('H', 100))
  })

  it('gives a text the width it has when first measured, whatever was measured before it', () => {
    const texts = ['AWS 31%', 'AWS', ' ', '', '27,000', 'AV', '27,000 AV']
    const weights = [400, 700] as const
    // Each measured by a measure of its own, which has remembered nothing.
    const alone = texts.flatMap((t) => weights.map((w) => textMeasure(metrics, 0.8).textWidth(t, 14, w)))
    const measure = textMeasure(metrics, 0.8)
    const inTurn = () => texts.flatMap((t) => weights.map((w) => measure.textWidth(t, 14, w)))
    expect(inTurn()).toEqual(alone)
    expect(inTurn()).toEqual(alone)
  })

  it('counts characters outside ASCII, and a wide guess for those the font does not draw', () => {
    expect(textWidth('“several hundred”', 16)).toBeGreaterThan(textWidth('several hundred', 16))
    expect(textWidth('日本', 16)).toBeCloseTo(2 * 0.8 * 16)
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

  it('fills each line as far as textWidth allows: every line fits, and the next line’s first word would not, but for a lone last word', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9$%,.“”*()-]{1,12}$/)
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 60, max: 600 }),
        fc.constantFrom(10, 12.5, 16, 24),
        fc.constantFrom(400, 700),
        (words, maxWidth, size, weight: 400 | 700) => {
          const lines = wrapText(words.join(' '), maxWidth, size, weight)
          for (const line of lines) expect(textWidth(line, size, weight)).toBeLessThanOrEqual(maxWidth)
          // Where no word had to be broken, a line ends only where its next word would not fit, but the line
          // before the last, which may give its last word to a last line of one word.
          if (lines.join(' ') !== words.join(' ')) return
          const wider = (line: string, next: string) => textWidth(`${line} ${next}`, size, weight) > maxWidth
          lines.slice(1).forEach((line, i) => {
            const [first, ...rest] = line.split(' ')
            const gaveItsLastWord =
              i === lines.length - 2 && rest.length === 1 && lines[i].includes(' ') && wider(lines[i], line)
            if (!gaveItsLastWord) expect(wider(lines[i], first)).toBe(true)
          })
          // And a last line of one word is left only where the line above has two words or fewer, or the pair
          // would not fit.
          const [above, last] = lines.slice(-2)
          if (last === undefined || last.includes(' ') || above.split(' ').length < 3) return
          expect(wider(above.split(' ').at(-1)!, last)).toBe(true)
        },
      ),
    )
  })

  it('moves a word down rather than leave one alone on the last line', () => {
    const text = 'Increasing, with faster growth rates'
    const width = textWidth('Increasing, with faster growth', 12) + 1
    expect(wrapText(text, width, 12)).toEqual(['Increasing, with faster', 'growth rates'])
    // Two words above: the line is left as it broke.
    expect(wrapText('faster growth rates', textWidth('faster growth', 12) + 1, 12)).toEqual(['faster growth', 'rates'])
    // A word cut to fit keeps its pieces where they fell: its last piece is not joined by another.
    const long = 'https://example.org/a-very-long-path'
    const pieces = wrapText(`see the notes at ${long}`, textWidth('see the notes at', 12) + 1, 12)
    expect(pieces[0]).toBe('see the notes at')
    expect(pieces.slice(1).join('')).toBe(long)
  })

  it('gives no lines for blank text', () => {
    expect(wrapText('  ', 100, 12)).toEqual([])
  })
})
