import {
  createLoader,
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs'
import { CHART_IDS } from '../charts/index.ts'
import { SORT_KEYS, type Sort } from '../../config/facts-table.ts'
import { PERIOD_KEY_PATTERN } from '../../lib/period.ts'

export const VIEWS = ['dashboard', 'embed', 'present'] as const
export const THEMES = ['light', 'dark'] as const
export const BACKGROUNDS = ['transparent'] as const
/** `fit=content`: an embed sizes to its content and reports its height (the responsive snippet). */
export const FITS = ['content'] as const
/** The facts table's order: `sort=value` ascending, `sort=-value` descending. */
export const SORTS = [...SORT_KEYS, ...SORT_KEYS.map((k) => `-${k}` as const)] as const
/** One slide per chart, so a slide number past the last chart names nothing. */
const SLIDE_COUNT = CHART_IDS.length
/** Longer than any label, quote or name a reader would search for; a longer `q` is a broken link. */
export const MAX_QUERY_LENGTH = 200
export type Theme = (typeof THEMES)[number]
export type SortParam = (typeof SORTS)[number]

// Same alphabet as dataset ids; anything else cannot name a company, fact or article.
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,80}$/

const parseAsId = createParser({
  parse: (value) => (ID_PATTERN.test(value) ? value : null),
  serialize: (value: string) => value,
})

// Quarters are written as the filter shows them ("2023-Q4"), but a hand-typed "2023-q4" means the same.
const parseAsPeriodKey = createParser({
  parse: (value) => {
    const key = value.toLowerCase() === 'undated' ? 'undated' : value.toUpperCase()
    return PERIOD_KEY_PATTERN.test(key) ? key : null
  },
  serialize: (value: string) => value,
})

// Slides are numbered from 1 in the URL, as on screen.
const parseAsSlide = createParser({
  parse: (value) => (/^[1-9]\d{0,2}$/.test(value) && Number(value) <= SLIDE_COUNT ? Number(value) : null),
  serialize: (value: number) => String(value),
})

const parseAsQuery = createParser({
  parse: (value) => (value.length <= MAX_QUERY_LENGTH ? value : null),
  serialize: (value: string) => value,
})

/** The table's order as the URL writes it, and back. */
export const sortToParam = (sort: Sort): SortParam => (sort.direction === 'descending' ? `-${sort.key}` : sort.key)
export const sortFromParam = (param: SortParam): Sort =>
  param.startsWith('-')
    ? { key: param.slice(1) as Sort['key'], direction: 'descending' }
    : { key: param as Sort['key'], direction: 'ascending' }

/** The parser of each item of a comma-separated list parameter. */
const LIST_ITEMS = { company: parseAsId, period: parseAsPeriodKey }

/** Every piece of view state the URL carries, with its parser. Defaults are left out of the URL. */
export const searchParams = {
  view: parseAsStringLiteral(VIEWS).withDefault('dashboard'),
  company: parseAsArrayOf(LIST_ITEMS.company).withDefault([]),
  period: parseAsArrayOf(LIST_ITEMS.period).withDefault([]),
  fact: parseAsId,
  article: parseAsId,
  theme: parseAsStringLiteral(THEMES),
  chart: parseAsStringLiteral(CHART_IDS),
  slide: parseAsSlide,
  bg: parseAsStringLiteral(BACKGROUNDS),
  fit: parseAsStringLiteral(FITS),
  /** The facts table's search text. */
  q: parseAsQuery.withDefault(''),
  /** The column the reader sorted by; none for the table's own order (best match first while searching). */
  sort: parseAsStringLiteral(SORTS),
}

export type SearchParamKey = keyof typeof searchParams

/** URL → state: invalid values become the default (or null); never throws. */
export const parseSearch = createLoader(searchParams)
/** State → query string ("?company=aws"), defaults omitted. */
export const serializeSearch = createSerializer(searchParams, { clearOnDefault: true })
export type SearchState = inferParserType<typeof searchParams>

export interface IgnoredParam {
  key: string
  value: string
  reason: string
}

const NOT_VALID = 'not a valid value'

/** Why a value its parser rejects was dropped: most are malformed, a slide can also be past the last one. */
function invalidReason(key: SearchParamKey, value: string): string {
  if (key === 'slide' && /^[1-9]\d*$/.test(value)) return `no such slide: there are ${SLIDE_COUNT}`
  if (key === 'q') return `longer than ${MAX_QUERY_LENGTH} characters`
  return NOT_VALID
}

/**
 * What parseSearch dropped, so the page can say so instead of silently
 * showing something other than the link promised.
 */
export function ignoredParams(search: URLSearchParams): IgnoredParam[] {
  const ignored: IgnoredParam[] = []
  const seen = new Set<string>()
  for (const [key, value] of search) {
    // Own keys only: `in` would also find "constructor", "toString"… on Object.prototype.
    if (!Object.hasOwn(searchParams, key)) {
      ignored.push({ key, value, reason: 'unknown parameter' })
      continue
    }
    // The parser reads the first occurrence of a key; a second one never applies.
    if (seen.has(key)) {
      ignored.push({ key, value, reason: 'repeated parameter: only the first one applies' })
      continue
    }
    seen.add(key)
    if (key === 'company' || key === 'period') {
      // Item by item, as parseAsArrayOf reads them (an encoded comma inside an item is a comma).
      const items = value.split(',').filter((item) => item !== '')
      const dropped = items.filter((item) => LIST_ITEMS[key].parse(item.replaceAll('%2C', ',')) === null)
      ignored.push(...dropped.map((item) => ({ key, value: item, reason: NOT_VALID })))
    } else if (searchParams[key as SearchParamKey].parse(value) === null) {
      ignored.push({ key, value, reason: invalidReason(key as SearchParamKey, value) })
    }
  }
  return ignored
}

/**
 * The query string with every ignored parameter left out: unknown keys,
 * repeats, malformed values, and the values this dataset does not have
 * (`unknown`). What the page applies stays exactly as it was.
 */
export function withoutIgnored(search: URLSearchParams, unknown: readonly { key: string; value: string }[] = []) {
  const state = parseSearch(search)
  const isUnknown = (key: string, value: string) => unknown.some((u) => u.key === key && u.value === value)
  const clean = {
    ...state,
    company: state.company.filter((id) => !isUnknown('company', id)),
    period: state.period.filter((p) => !isUnknown('period', p)),
    fact: state.fact !== null && isUnknown('fact', state.fact) ? null : state.fact,
    article: state.article !== null && isUnknown('article', state.article) ? null : state.article,
  }
  return new URLSearchParams(serializeSearch(clean))
}
