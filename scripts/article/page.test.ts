import { describe, expect, it } from 'vitest'
import { proposePage } from './page.ts'

const page = [
  'Photographer Name -',
  '',
  'Cloud shares shift as spending climbs',
  '',
  'Amazon Web Services held 30% of the market, according to a research firm.',
  'In a statement shared with Example Weekly, a spokesperson said more.',
  'Read more about cloud',
  'Data Center',
  '42',
  'LEAVE A REPLY',
  'Please enter your comment!',
].join('\n')

describe('what the intake proposes of a saved page', () => {
  it('drops counters, credits, teasers and tags, and everything from the comment form on', () => {
    const p = proposePage(page, {})
    expect(p.removeLines).toEqual([
      { line: 'Photographer Name -', why: 'photo credit' },
      { line: 'Read more about cloud', why: 'link teaser' },
      { line: 'Data Center', why: 'category tag' },
      { line: '42', why: 'counter' },
    ])
    expect(p.removeFrom).toEqual({ line: 'LEAVE A REPLY', why: 'comment form' })
  })

  it('takes the first line that reads as a headline, and the publisher from the words that name it', () => {
    const p = proposePage(page, {})
    expect(p.title).toBe('Cloud shares shift as spending climbs')
    expect(p.publisher).toEqual({ name: 'Example Weekly', evidence: 'a statement shared with Example Weekly' })
  })

  it('reads the author and the outlet from an author box', () => {
    const p = proposePage(
      'Body text goes on for a while here.\nAbout the Author\n\nJane Doe (@jd) is the editorial director of Example Media.\n',
      {},
    )
    expect(p.author).toEqual({
      name: 'Jane Doe',
      evidence: 'Jane Doe (@jd) is the editorial director of Example Media.',
    })
    expect(p.publisher?.name).toBe('Example Media')
  })

  it('refuses a --publisher the page never names', () => {
    expect(() => proposePage(page, { publisher: 'Nowhere Daily' })).toThrow(/named nowhere on the page/)
  })
})
