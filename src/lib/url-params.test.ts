import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { listOf, literal, readUrlParams, renderQuery, toUrlValues, withDefault, type UrlParam } from './url-params.ts'

const word: UrlParam<string> = { parse: (v) => (/^[a-z,]+$/.test(v) ? v : null), serialize: (v) => v }
const params = {
  view: withDefault(literal(['page', 'slide']), 'page'),
  tags: withDefault(listOf(word), []),
  size: literal(['s', 'l']),
}

describe('URL parameters', () => {
  it('read the first value, and a missing or invalid one as the default or null', () => {
    expect(readUrlParams(params, new URLSearchParams('view=slide&view=page&tags=a,,B,b&size=xl'))).toEqual({
      view: 'slide',
      tags: ['a', 'b'],
      size: null,
    })
    expect(readUrlParams(params, new URLSearchParams(''))).toEqual({ view: 'page', tags: [], size: null })
  })

  it('write a value equal to its default, or null, as "leave it out", and leave unnamed ones untouched', () => {
    expect(toUrlValues(params, { view: 'page', tags: [], size: null })).toEqual({ view: null, tags: null, size: null })
    expect(toUrlValues(params, { tags: ['a', 'b'] })).toEqual({ tags: 'a,b' })
  })

  it('keep a comma inside a list item through the URL', () => {
    const search = new URLSearchParams(
      renderQuery(new URLSearchParams(toUrlValues(params, { tags: ['a,b', 'c'] }) as Record<string, string>)),
    )
    expect(readUrlParams(params, search).tags).toEqual(['a,b', 'c'])
  })

  it('render a readable query that reads back as the same parameters, whatever the text', () => {
    expect(
      renderQuery(
        new URLSearchParams([
          ['company', 'aws,azure'],
          ['q', 'a b&c+<d>#'],
        ]),
      ),
    ).toBe('?company=aws,azure&q=a+b%26c%2B%3Cd%3E%23')
    expect(renderQuery(new URLSearchParams())).toBe('')
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }))), (pairs) => {
        const search = new URLSearchParams(pairs)
        expect([...new URLSearchParams(renderQuery(search))]).toEqual([...search])
      }),
    )
  })
})
