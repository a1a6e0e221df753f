import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHART_IDS } from '../charts/index.ts'
import { SORT_KEYS } from '../../config/facts-table.ts'
import { PERIOD_KEY_PATTERN } from '../../lib/period.ts'
import {
  BACKGROUNDS,
  FITS,
  ignoredParams,
  MAX_QUERY_LENGTH,
  parseSearch,
  searchParams,
  serializeSearch,
  sortFromParam,
  sortToParam,
  SORTS,
  THEMES,
  VIEWS,
  withoutIgnored,
  type SearchState,
} from './search-params.ts'

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,80}$/
const KEYS = Object.keys(searchParams) as (keyof SearchState)[]

const DEFAULTS: SearchState = {
  view: 'dashboard',
  company: [],
  period: [],
  fact: null,
  article: null,
  theme: null,
  chart: null,
  slide: null,
  bg: null,
  fit: null,
  q: '',
  sort: null,
}

/** One slide per chart. */
const SLIDES = CHART_IDS.length

const parse = (query: string) => parseSearch(new URLSearchParams(query))

/** Fails unless every value has the type the parsers declare. */
function expectDeclaredTypes(state: SearchState) {
  expect(Object.keys(state).sort()).toEqual([...KEYS].sort())
  expect(VIEWS).toContain(state.view)
  expect(Array.isArray(state.company)).toBe(true)
  for (const id of state.company) expect(id).toMatch(ID_PATTERN)
  expect(Array.isArray(state.period)).toBe(true)
  for (const p of state.period) expect(p).toMatch(PERIOD_KEY_PATTERN)
  for (const key of ['fact', 'article'] as const) if (state[key] !== null) expect(state[key]).toMatch(ID_PATTERN)
  if (state.theme !== null) expect(THEMES).toContain(state.theme)
  if (state.chart !== null) expect(CHART_IDS).toContain(state.chart)
  if (state.slide !== null) {
    expect(Number.isInteger(state.slide)).toBe(true)
    expect(state.slide).toBeGreaterThanOrEqual(1)
    expect(state.slide).toBeLessThanOrEqual(SLIDES)
  }
  if (state.bg !== null) expect(BACKGROUNDS).toContain(state.bg)
  if (state.fit !== null) expect(FITS).toContain(state.fit)
  expect(typeof state.q).toBe('string')
  expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
  if (state.sort !== null) expect(SORTS).toContain(state.sort)
}

// ---- Arbitraries ------------------------------------------------------------------------------

const idChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''))
const idRestChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_-'.split(''))
/** Ids in the dataset's alphabet, up to the parser's 81 characters. */
const id = fc.tuple(idChar, fc.array(idRestChar, { maxLength: 80 })).map(([first, rest]) => first + rest.join(''))
const periodKey = fc.oneof(
  fc.constant('undated'),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${String(y).padStart(4, '0')}-Q${q}`),
)

const validState: fc.Arbitrary<SearchState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  company: fc.array(id, { maxLength: 6 }),
  period: fc.array(periodKey, { maxLength: 6 }),
  fact: fc.option(id, { nil: null }),
  article: fc.option(id, { nil: null }),
  theme: fc.option(fc.constantFrom(...THEMES), { nil: null }),
  chart: fc.option(fc.constantFrom(...CHART_IDS), { nil: null }),
  slide: fc.option(fc.integer({ min: 1, max: SLIDES }), { nil: null }),
  bg: fc.option(fc.constantFrom(...BACKGROUNDS), { nil: null }),
  fit: fc.option(fc.constantFrom(...FITS), { nil: null }),
  q: fc.string({ unit: 'grapheme', maxLength: 40 }),
  sort: fc.option(fc.constantFrom(...SORTS), { nil: null }),
})

/** Keys a hand-edited or hostile URL might carry: ours, Object.prototype's, and anything at all. */
const anyKey = fc.oneof(
  fc.constantFrom(...KEYS),
  fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype', ''),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
)

/** Percent-encoding fragments, well-formed and not. */
const percentJunk = fc
  .array(
    fc.constantFrom('%', '%2', '%ZZ', '%C3', '%C3%A9', '%E2%82', '%00', '%2C', '%25', '+', '=', '?', '#', ',', '&amp;'),
    {
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(''))

/** Values: plausible ones (valid, near-valid, comma lists with empty items), unicode, binary and percent junk. */
const anyValue = fc.oneof(
  fc.constantFrom(
    '',
    'aws',
    'AWS',
    '2023-Q4',
    '2023-Q5',
    '2023-q4',
    'UNDATED',
    'undated',
    'dark',
    'light',
    'embed',
    'present',
    'layoffs',
    '1',
    '3',
    '4',
    '0',
    '99',
    '999',
    '1000',
    '01',
    '-1',
    '1.5',
    'transparent',
    'content',
    'value',
    '-value',
    '--value',
    'Value',
    'x'.repeat(MAX_QUERY_LENGTH + 1),
  ),
  fc
    .array(fc.oneof(id, periodKey, fc.constant(''), fc.string({ maxLength: 5 })), { maxLength: 5 })
    .map((items) => items.join(',')),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  percentJunk,
)

const encode = (s: string) => {
  try {
    return encodeURIComponent(s)
  } catch {
    return s // a lone surrogate: sent as it is
  }
}

/** A raw query string: pairs written as they are or %-encoded, some with no "=", keys possibly repeated. */
const queryString = fc
  .array(fc.tuple(anyKey, anyValue, fc.constantFrom('raw', 'encoded', 'no-equals')), { maxLength: 8 })
  .map(
    (pairs) =>
      '?' +
      pairs
        .map(([k, v, how]) => (how === 'no-equals' ? k : how === 'raw' ? `${k}=${v}` : `${encode(k)}=${encode(v)}`))
        .join('&'),
  )

// ---- Properties -------------------------------------------------------------------------------

describe('search params, for any query string', () => {
  it('parseSearch and ignoredParams never throw, and parseSearch returns the declared types', () => {
    fc.assert(
      fc.property(queryString, (query) => {
        const search = new URLSearchParams(query)
        const state = parseSearch(search)
        expectDeclaredTypes(state)
        const ignored = ignoredParams(search)
        for (const p of ignored) {
          expect(typeof p.key).toBe('string')
          expect(typeof p.value).toBe('string')
          expect(p.reason.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('a parameter named like an Object property is an unknown parameter, not a crash', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(ignoredParams(new URLSearchParams(`?${key}=1`))).toEqual([
        { key, value: '1', reason: 'unknown parameter' },
      ])
      expect(parse(`?${key}=1`)).toEqual(DEFAULTS)
    }
  })

  it('every value given once is either applied or reported as ignored', () => {
    const uniqueKeys = fc.uniqueArray(fc.tuple(anyKey, anyValue), { selector: ([k]) => k, maxLength: 8 })
    fc.assert(
      fc.property(uniqueKeys, (pairs) => {
        const search = new URLSearchParams()
        for (const [k, v] of pairs) search.append(k, v)
        const state = parseSearch(search) as Record<string, unknown>
        const ignored = ignoredParams(search)
        const reported = (key: string, value: string) => ignored.some((p) => p.key === key && p.value === value)
        for (const [key, value] of search) {
          if (!KEYS.includes(key as keyof SearchState)) {
            expect(reported(key, value), `${key}=${value}`).toBe(true)
          } else if (key === 'company' || key === 'period') {
            for (const item of value.split(',').filter((i) => i !== '')) {
              // Period keys are read in any case ("2023-q4" is 2023-Q4); company ids are not.
              const same = (a: string) => (key === 'period' ? a.toLowerCase() === item.toLowerCase() : a === item)
              const applied = (state[key] as string[]).some(same)
              expect(applied !== reported(key, item), `${key} item ${JSON.stringify(item)}`).toBe(true)
            }
          } else {
            const applied = state[key] !== null && String(state[key]) === value
            expect(applied !== reported(key, value), `${key}=${JSON.stringify(value)}`).toBe(true)
          }
        }
      }),
      { numRuns: 1000 },
    )
  })
})

describe('search params, for any valid state', () => {
  it('survive a round trip through the URL', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const query = serializeSearch(state)
        expect(parse(query)).toEqual(state)
        expect(ignoredParams(new URLSearchParams(query))).toEqual([])
      }),
      { numRuns: 1000 },
    )
  })

  it('leave defaults out of the URL', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const search = new URLSearchParams(serializeSearch(state))
        expect(search.has('view')).toBe(state.view !== 'dashboard')
        expect(search.has('company')).toBe(state.company.length > 0)
        expect(search.has('period')).toBe(state.period.length > 0)
        for (const key of ['fact', 'article', 'theme', 'chart', 'slide', 'bg', 'fit'] as const)
          expect(search.has(key)).toBe(state[key] !== null)
        expect(search.has('q')).toBe(state.q !== '')
        expect(search.has('sort')).toBe(state.sort !== null)
      }),
    )
    expect(serializeSearch(DEFAULTS)).toBe('')
  })
})

// ---- One example per parameter: valid, invalid (with the reason), missing ----------------------

const NOT_VALID = 'not a valid value'

describe.each<{ key: keyof SearchState; valid: string; parsed: unknown; invalid: string; reason?: string }>([
  { key: 'view', valid: 'embed', parsed: 'embed', invalid: 'slideshow' },
  { key: 'company', valid: 'aws,google-cloud', parsed: ['aws', 'google-cloud'], invalid: 'AWS' },
  { key: 'period', valid: '2023-Q4,undated', parsed: ['2023-Q4', 'undated'], invalid: '2023-Q5' },
  { key: 'fact', valid: 'share-aws-2023-q4', parsed: 'share-aws-2023-q4', invalid: '../etc/passwd' },
  { key: 'article', valid: '000_61254caecf40e463', parsed: '000_61254caecf40e463', invalid: '-leading-dash' },
  { key: 'theme', valid: 'dark', parsed: 'dark', invalid: 'purple' },
  { key: 'chart', valid: 'layoffs', parsed: 'layoffs', invalid: 'pie' },
  { key: 'slide', valid: '2', parsed: 2, invalid: '0' },
  { key: 'bg', valid: 'transparent', parsed: 'transparent', invalid: 'white' },
  { key: 'fit', valid: 'content', parsed: 'content', invalid: 'cover' },
  {
    key: 'q',
    valid: 'Café, “april” & 2023+',
    parsed: 'Café, “april” & 2023+',
    invalid: 'x'.repeat(MAX_QUERY_LENGTH + 1),
    reason: `longer than ${MAX_QUERY_LENGTH} characters`,
  },
  { key: 'sort', valid: '-value', parsed: '-value', invalid: 'price' },
])('the $key parameter', ({ key, valid, parsed, invalid, reason = NOT_VALID }) => {
  it(`applies a valid value (${key}=${valid})`, () => {
    const query = `?${key}=${encodeURIComponent(valid).replaceAll('%2C', ',')}`
    expect(parse(query)).toEqual({ ...DEFAULTS, [key]: parsed })
    expect(ignoredParams(new URLSearchParams(query))).toEqual([])
  })

  it(`drops an invalid value (${key}=${invalid}) and says why`, () => {
    const query = `?${key}=${encodeURIComponent(invalid)}`
    expect(parse(query)).toEqual(DEFAULTS)
    expect(ignoredParams(new URLSearchParams(query))).toEqual([{ key, value: invalid, reason }])
  })

  it('falls back to the default when missing', () => {
    expect(parse('?other=1')[key]).toEqual(DEFAULTS[key])
    expect(parse('')[key]).toEqual(DEFAULTS[key])
  })
})

describe('list parameters', () => {
  it('keep the valid items of a mixed list and report each invalid one', () => {
    const query = '?company=aws,,<script>,azure&period=2023-Q4,Q9'
    expect(parse(query)).toEqual({ ...DEFAULTS, company: ['aws', 'azure'], period: ['2023-Q4'] })
    expect(ignoredParams(new URLSearchParams(query))).toEqual([
      { key: 'company', value: '<script>', reason: NOT_VALID },
      { key: 'period', value: 'Q9', reason: NOT_VALID },
    ])
  })

  it('read an empty value as the default, not as an error', () => {
    expect(parse('?company=&period=')).toEqual(DEFAULTS)
    expect(ignoredParams(new URLSearchParams('?company=&period='))).toEqual([])
  })
})

describe('unknown parameters', () => {
  it('are reported with their value, decoded', () => {
    expect(ignoredParams(new URLSearchParams('?utm_source=news%20letter&%C3%A9t%C3%A9=%E2%9C%93'))).toEqual([
      { key: 'utm_source', value: 'news letter', reason: 'unknown parameter' },
      { key: 'été', value: '✓', reason: 'unknown parameter' },
    ])
  })
})

describe('repeated parameters', () => {
  it('apply the first occurrence and report the others', () => {
    const search = new URLSearchParams('company=aws&company=azure&theme=dark&theme=light')
    expect(parseSearch(search)).toMatchObject({ company: ['aws'], theme: 'dark' })
    expect(ignoredParams(search)).toEqual([
      { key: 'company', value: 'azure', reason: 'repeated parameter: only the first one applies' },
      { key: 'theme', value: 'light', reason: 'repeated parameter: only the first one applies' },
    ])
  })
})

describe('period keys', () => {
  it('are read in any case and written as the filter shows them', () => {
    const query = '?period=2023-q4,UNDATED,Undated,2024-Q1'
    expect(parse(query).period).toEqual(['2023-Q4', 'undated', 'undated', '2024-Q1'])
    expect(ignoredParams(new URLSearchParams(query))).toEqual([])
    expect(serializeSearch({ ...DEFAULTS, period: parse('?period=2023-q4').period })).toBe('?period=2023-Q4')
  })
})

describe('the slide parameter', () => {
  it('applies every slide there is', () => {
    for (let slide = 1; slide <= SLIDES; slide++) expect(parse(`?slide=${slide}`).slide).toBe(slide)
  })

  it('reports a slide past the last one, rather than showing another', () => {
    for (const value of [String(SLIDES + 1), '99', '999']) {
      expect(parse(`?slide=${value}`).slide).toBeNull()
      expect(ignoredParams(new URLSearchParams(`?slide=${value}`))).toEqual([
        { key: 'slide', value, reason: `no such slide: there are ${SLIDES}` },
      ])
    }
  })
})

describe('the sort parameter', () => {
  it('names a column, with a leading "-" for descending, and round-trips every order', () => {
    for (const key of SORT_KEYS) {
      for (const direction of ['ascending', 'descending'] as const) {
        const param = sortToParam({ key, direction })
        expect(param).toBe(direction === 'ascending' ? key : `-${key}`)
        expect(sortFromParam(param)).toEqual({ key, direction })
      }
    }
  })

  it('writes a chosen order, oldest first included, and no sort at all for the table’s own order', () => {
    expect(serializeSearch({ ...DEFAULTS, sort: 'period' })).toBe('?sort=period')
    expect(serializeSearch({ ...DEFAULTS, sort: '-period' })).toBe('?sort=-period')
    expect(serializeSearch({ ...DEFAULTS, sort: null })).toBe('')
  })
})

describe('withoutIgnored', () => {
  it('for any query string, leaves out everything ignored and keeps what applies', () => {
    fc.assert(
      fc.property(queryString, (query) => {
        const search = new URLSearchParams(query)
        const clean = withoutIgnored(search)
        expect(ignoredParams(clean)).toEqual([])
        expect(parseSearch(clean)).toEqual(parseSearch(search))
      }),
      { numRuns: 1000 },
    )
  })

  it('leaves a link with nothing ignored as it is', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const query = serializeSearch(state)
        expect([...withoutIgnored(new URLSearchParams(query))]).toEqual([...new URLSearchParams(query)])
      }),
    )
  })

  it('also leaves out the values the dataset does not have', () => {
    const search = new URLSearchParams(
      '?company=aws,ibm,<b>&period=2031-q1,2023-Q4&fact=gone&article=a1&foo=1&theme=purple',
    )
    const unknown = [
      { key: 'company', value: 'ibm' },
      { key: 'period', value: '2031-Q1' },
      { key: 'fact', value: 'gone' },
    ]
    expect([...withoutIgnored(search, unknown)]).toEqual([
      ['company', 'aws'],
      ['period', '2023-Q4'],
      ['article', 'a1'],
    ])
  })
})
