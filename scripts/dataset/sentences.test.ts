import { describe, expect, it } from 'vitest'
import { splitSentences } from './sentences.ts'

describe('splitSentences', () => {
  it('splits lines at sentence ends and keeps offsets into the text', () => {
    const text = 'A title line\n\nIt rose to 31%. Then “it fell.” He said so.\nNext line? Yes!'
    const sentences = splitSentences(text)
    expect(sentences.map((s) => s.text)).toEqual([
      'A title line',
      'It rose to 31%.',
      'Then “it fell.”',
      'He said so.',
      'Next line?',
      'Yes!',
    ])
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it('does not split inside abbreviations, ellipses or lower-case continuations', () => {
    expect(splitSentences('Cumulo, Inc. did well ... to continue. Next.').map((s) => s.text)).toEqual([
      'Cumulo, Inc. did well ... to continue.',
      'Next.',
    ])
  })
})
