import { describe, expect, it } from 'vitest'
import { segmentArticle } from './article-segments.ts'

const text = 'First line states 31%.\n\nSecond line has nothing.\nThird mentions 24% and 11%.'
const range = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length })

describe('segmentArticle', () => {
  it('makes one paragraph per non-empty line and keeps every character', () => {
    const paragraphs = segmentArticle(text, [])
    expect(paragraphs).toHaveLength(3)
    expect(paragraphs.map((p) => p.map((s) => s.text).join('')).join('\n')).toBe(text.replace('\n\n', '\n'))
  })

  it('marks exactly the given ranges, in any order', () => {
    const paragraphs = segmentArticle(text, [range('11%'), range('states 31%'), range('24%')])
    const marked = paragraphs
      .flat()
      .filter((s) => s.marked)
      .map((s) => s.text)
    expect(marked).toEqual(['states 31%', '24%', '11%'])
  })

  it('clips a range that runs past the end of its line', () => {
    const r = { start: text.indexOf('nothing'), end: text.indexOf('Third') + 5 }
    const marked = segmentArticle(text, [r])
      .flat()
      .filter((s) => s.marked)
      .map((s) => s.text)
    expect(marked).toEqual(['nothing.', 'Third'])
  })
})
