/**
 * One URL parameter: how its first value reads (null: not a valid value) and
 * how a value is written. With a `default`, a missing or invalid value reads as
 * the default, and the default is left out of the URL.
 */
export interface UrlParam<T> {
  parse(value: string): T | null
  serialize(value: T): string
  default?: T
}

/** A parameter with a default: it always has a value. */
export type UrlParamWithDefault<T> = UrlParam<T> & { default: T }

// `any` so that parameters of every type fit one map; each keeps its own type in `UrlState`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type UrlParams = Record<string, UrlParam<any>>

/** The state a map of parameters reads as: each value, or null where there is no default. */
export type UrlState<P extends UrlParams> = {
  [K in keyof P]: P[K] extends { default: infer D } ? D : NonNullable<ReturnType<P[K]['parse']>> | null
}

/** Values to write: a parameter left out is not touched; null (or its default) leaves it out of the URL. */
export type UrlUpdate<P extends UrlParams> = { [K in keyof P]?: UrlState<P>[K] | null }

export const withDefault = <T>(param: UrlParam<T>, value: T): UrlParamWithDefault<T> => ({ ...param, default: value })

/** One of a fixed list of words. */
export const literal = <const T extends string>(values: readonly T[]): UrlParam<T> => ({
  parse: (value) => (values.includes(value as T) ? (value as T) : null),
  serialize: (value) => value,
})

/**
 * A comma-separated list: invalid and empty items are dropped, a comma inside
 * an item is written "%2C" (encoded once more in the URL) and read back.
 */
export const listOf = <T>(item: UrlParam<T>): UrlParam<T[]> => ({
  parse: (value) =>
    value
      .split(',')
      .map((part) => (part === '' ? null : item.parse(part.replaceAll('%2C', ','))))
      .filter((parsed) => parsed !== null),
  serialize: (values) => values.map((value) => item.serialize(value).replaceAll(',', '%2C')).join(','),
})

/** URL → state: each parameter's first value, parsed; a missing or invalid one reads as its default, or null. */
export function readUrlParams<P extends UrlParams>(params: P, search: URLSearchParams): UrlState<P> {
  const state: Record<string, unknown> = {}
  for (const [key, param] of Object.entries(params)) {
    const value = search.get(key)
    state[key] = (value === null ? null : param.parse(value)) ?? param.default ?? null
  }
  return state as UrlState<P>
}

/**
 * State → the parameters to write: a value as its string, null to leave the
 * parameter out (a null value, or one written as its default would be).
 * Keys the state does not name are not touched.
 */
export function toUrlValues<P extends UrlParams>(params: P, state: UrlUpdate<P>): Record<string, string | null> {
  const values: Record<string, string | null> = {}
  for (const [key, param] of Object.entries(params)) {
    const value = state[key]
    if (!Object.hasOwn(state, key) || value === undefined) continue
    const written = value === null ? null : param.serialize(value)
    values[key] = param.default !== undefined && written === param.serialize(param.default) ? null : written
  }
  return values
}

/** The parameters with `values` applied: each set in place (or added at the end), or deleted for null. */
export function withUrlValues(search: URLSearchParams, values: Record<string, string | null>): URLSearchParams {
  const next = new URLSearchParams(search)
  for (const [key, value] of Object.entries(values)) {
    if (value === null) next.delete(key)
    else next.set(key, value)
  }
  return next
}

/**
 * The query string ("?a=1&b=x,y", or "" for none), encoding only what would
 * break it, so that commas, quarters and words stay readable in a shared link.
 */
export function renderQuery(search: URLSearchParams): string {
  const pairs = [...search].map(([key, value]) => `${encodePart(key).replaceAll('=', '%3D')}=${encodePart(value)}`)
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`
}

// Percent-escapes what would end or change the value, markup characters and control characters; a space is "+".
// eslint-disable-next-line no-control-regex -- control characters are among what must be escaped
const ESCAPED = /[\x00-\x1f%+#&"'`<>?]/g
const encodePart = (text: string) =>
  text.replace(ESCAPED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).replaceAll(' ', '+')
