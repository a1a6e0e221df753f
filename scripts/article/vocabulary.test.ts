import { describe, expect, it } from 'vitest'
import { causeWordIn } from './vocabulary.ts'

describe('causeWordIn, the cause a sentence gives, in the shared vocabulary’s words', () => {
  it('finds the first cause, purpose or contribution word, as the sentence writes it', () => {
    const cause = (s: string) => causeWordIn(s)?.text ?? null
    expect(cause('Analysts said the cuts are a response by Amazon to growing competition.')).toBe('a response by')
    expect(cause('The moderation of demand is a factor in these lay-offs.')).toBe('a factor')
    expect(cause('The cuts are due to “business changes”, in order to focus elsewhere.')).toBe('due to')
    expect(cause('He said the lay-offs are a consequence of that.')).toBe('consequence')
  })

  it('finds none where the sentence only orders events', () => {
    expect(causeWordIn('The cuts follow a spike in cloud spending during the pandemic.')).toBeNull()
  })
})
