import { describe, expect, it } from 'vitest'
import { testDraft } from '../../scripts/review/draft.test-support.ts'
import { factOf, formOf } from './fact-form.ts'

const [{ fact }] = testDraft().facts

describe('the edit form of a new fact', () => {
  it('gives back the fact it was filled from', () => {
    expect(factOf(formOf(fact), fact)).toEqual({ ok: true, fact })
  })

  it('makes each kind’s value, keeping the article’s words', () => {
    const form = formOf(fact)
    expect(
      factOf({ ...form, kind: 'approximate', amount: '1,200', unit: 'people', words: 'around' }, fact),
    ).toMatchObject({
      ok: true,
      fact: { value: { kind: 'approximate', amount: 1200, unit: 'people', words: 'around' } },
    })
    expect(factOf({ ...form, kind: 'vague', unit: 'people', words: 'several hundred; hundreds' }, fact)).toMatchObject({
      ok: true,
      fact: { value: { kind: 'vague', unit: 'people', words: ['several hundred', 'hundreds'] } },
    })
    expect(factOf({ ...form, kind: 'qualitative', claim: 'Acme gained share', words: 'held' }, fact)).toMatchObject({
      ok: true,
      fact: { value: { kind: 'qualitative', claim: 'Acme gained share', words: ['held'] } },
    })
  })

  it('dates a fact as the form says: a period, its words, an inferred year; none when the period is empty', () => {
    const form = formOf(fact)
    const dated = factOf({ ...form, period: '2024-04', yearInferred: true, periodWords: '“in April”' }, fact)
    expect(dated).toMatchObject({
      ok: true,
      fact: { period: { value: '2024-04', yearInferred: true, words: '“in April”' } },
    })
    expect(factOf({ ...form, period: '', yearInferred: true }, fact)).toMatchObject({
      ok: true,
      fact: { period: { value: null } },
    })
  })

  it('names each problem beside its field, and makes no fact', () => {
    const form = formOf(fact)
    expect(factOf({ ...form, amount: 'twelve', period: 'Q1 2024', source: ' ' }, fact)).toEqual({
      ok: false,
      errors: {
        amount: 'a number, as the article gives it',
        period: expect.stringContaining('YYYY-Qn'),
        source: expect.any(String),
      },
    })
    expect(factOf({ ...form, kind: 'bound', words: '' }, fact)).toMatchObject({
      ok: false,
      errors: { words: expect.any(String) },
    })
  })
})
