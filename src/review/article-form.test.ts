import { describe, expect, it } from 'vitest'
import { articleFormOf, articleOf } from './article-form.ts'
import { testDraft } from '../../scripts/review/draft.test-support.ts'

const { article } = testDraft()

describe('the edit form of the article’s metadata', () => {
  it('gives back the entry it was filled from', () => {
    expect(articleOf(articleFormOf(article), article)).toEqual({ ok: true, article })
  })

  it('names a publisher with the words that name it, and drops the words with the name', () => {
    const form = articleFormOf(article)
    const named = articleOf({ ...form, publisher: 'Canalys Newsroom', publisherEvidence: 'Canalys Newsroom' }, article)
    expect(named).toMatchObject({
      ok: true,
      article: { publisher: 'Canalys Newsroom', publisherEvidence: 'Canalys Newsroom' },
    })
    if (!named.ok) return
    const unnamed = articleOf({ ...articleFormOf(named.article), publisher: '' }, named.article)
    expect(unnamed).toEqual({ ok: true, article: { ...article, publisher: null } })
  })

  it('marks an inferred year with its basis, and refuses a date that is none', () => {
    const form = articleFormOf(article)
    expect(articleOf({ ...form, yearInferred: true, yearBasis: 'The page prints no year.' }, article)).toMatchObject({
      ok: true,
      article: { date: { yearInferred: true, yearBasis: 'The page prints no year.' } },
    })
    expect(articleOf({ ...form, date: '2 May' }, article)).toMatchObject({
      ok: false,
      errors: { date: expect.any(String) },
    })
  })
})
