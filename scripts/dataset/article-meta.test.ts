import { describe, expect, it } from 'vitest'
import { articleIn, buildBroken, dataset, expectError, sources } from './build-test-support.ts'

const built = (prefix: string) => dataset().articles.find((a) => a.id.startsWith(prefix))!

describe('article labels and credits on the real data', () => {
  it('names every article by title, publisher or words of its first sentence, never by id', () => {
    expect(built('002').label).toEqual({ text: built('002').title, from: 'title' })
    expect(built('000').label).toEqual({
      text: 'Amazon Web Services has announced significant job cuts…',
      from: 'first-sentence',
    })
    expect(built('001').label).toEqual({
      text: '…tech giant Amazon is reportedly slashing hundreds of jobs…',
      from: 'first-sentence',
    })
    for (const a of dataset().articles) expect(a.label!.text).not.toMatch(/\d{3}_/)
  })

  it('keeps the words that name a publisher, and says when the cleaning dropped them', () => {
    expect(built('003').credits).toEqual([
      {
        names: 'publisher',
        quote: 'Gladys Rama (@GladysRama3) is the editorial director of Converge360.',
        dropped: expect.stringContaining('author box'),
      },
      {
        names: 'author',
        quote: 'Gladys Rama (@GladysRama3) is the editorial director of Converge360.',
        dropped: expect.stringContaining('author box'),
      },
    ])
    expect(built('002').credits).toEqual([
      { names: 'publisher', quote: 'In a statement shared with Computer Weekly', dropped: null },
    ])
    expect(built('000').credits).toEqual([])
  })

  it('keeps how the year is known in the dataset, and drops the build-only date fields', () => {
    for (const a of dataset().articles) {
      expect(a.date.yearInferred, a.id).toBe(true)
      expect(a.date.yearBasis, a.id).toContain('3 April was a Wednesday')
      // It names the years the pages do print, and says plainly what alone rules out 2030.
      for (const printed of ['since 2019', 'in early 2020', 'AWS re:Invent 2023'])
        expect(a.date.yearBasis, a.id).toContain(printed)
      expect(a.date.yearBasis, a.id).toContain('Nothing in the articles’ text rules out 2030')
      expect(a.date).not.toHaveProperty('printed')
    }
  })
})

describe('the build rejects article metadata it cannot check', () => {
  it('a description that is not words of the first sentence', () => {
    const id = articleIn(sources, '000').id
    const errors = buildBroken((s) => (articleIn(s, '000').description = 'Amazon cuts thousands of jobs'))
    expectError(errors, id, 'description is not words of the article')
  })

  it('a weekday the date does not fall on', () => {
    const id = articleIn(sources, '004').id
    const errors = buildBroken((s) => (articleIn(s, '004').date.value = '2019-04-04'))
    expectError(errors, id, 'date.weekday: 2019-04-04 is a Thursday, not a Wednesday')
  })

  it('printed date words that are not on the page', () => {
    const id = articleIn(sources, '002').id
    const errors = buildBroken((s) => articleIn(s, '002').date.printed.push('on 4 April'))
    expectError(errors, id, 'date.printed not found', 'on 4 April')
  })

  it('an inferred year with no basis', () => {
    const id = articleIn(sources, '001').id
    const errors = buildBroken((s) => delete articleIn(s, '001').date.yearBasis)
    expectError(errors, id, 'yearInferred needs a yearBasis')
  })

  it('publisher evidence that does not name the publisher, and an author without evidence', () => {
    const id = articleIn(sources, '003').id
    const errors = buildBroken((s) => {
      articleIn(s, '003').publisher = 'GeekWire'
      delete articleIn(s, '003').authorEvidence
    })
    expectError(errors, id, 'publisherEvidence does not name the publisher "GeekWire"')
    expectError(errors, id, 'author "Gladys Rama" needs authorEvidence')
  })
})
