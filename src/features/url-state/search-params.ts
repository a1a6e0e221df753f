import {
  createLoader,
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs'
import { CHART_IDS } from '../charts/registry'
import { PERIOD_KEY_PATTERN } from '../../lib/period'

export const VIEWS = ['dashboard', 'embed', 'present'] as const
export const THEMES = ['light', 'dark'] as const
export const BACKGROUNDS = ['transparent'] as const
/** `fit=content`: an embed sizes to its content and reports its height (the responsive snippet). */
export const FITS = ['content'] as const
export type View = (typeof VIEWS)[number]
export type Theme = (typeof THEMES)[number]

// Same alphabet as dataset ids; anything else cannot name a company, fact or article.
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,80}$/

const parseAsId = createParser({
  parse: (value) => (ID_PATTERN.test(value) ? value : null),
  serialize: (value: string) => value,
})

const parseAsPeriodKey = createParser({
  parse: (value) => (PERIOD_KEY_PATTERN.test(value) ? value : null),
  serialize: (value: string) => value,
})

// Slides are numbered from 1 in the URL, as on screen.
const parseAsSlide = createParser({
  parse: (value) => (/^[1-9]\d{0,2}$/.test(value) ? Number(value) : null),
  serialize: (value: number) => String(value),
})

/** Every piece of view state the URL carries, with its parser. Defaults are left out of the URL. */
export const searchParams = {
  view: parseAsStringLiteral(VIEWS).withDefault('dashboard'),
  company: parseAsArrayOf(parseAsId).withDefault([]),
  period: parseAsArrayOf(parseAsPeriodKey).withDefault([]),
  fact: parseAsId,
  article: parseAsId,
  theme: parseAsStringLiteral(THEMES),
  chart: parseAsStringLiteral(CHART_IDS),
  slide: parseAsSlide,
  bg: parseAsStringLiteral(BACKGROUNDS),
  fit: parseAsStringLiteral(FITS),
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
    const parser = searchParams[key as SearchParamKey]
    if (parser === searchParams.company || parser === searchParams.period) {
      const kept = parser.parse(value) ?? []
      const dropped = value.split(',').filter((item) => item !== '' && !kept.includes(item))
      ignored.push(...dropped.map((item) => ({ key, value: item, reason: 'not a valid value' })))
    } else if (parser.parse(value) === null) {
      ignored.push({ key, value, reason: 'not a valid value' })
    }
  }
  return ignored
}
