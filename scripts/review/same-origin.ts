import type { IncomingHttpHeaders } from 'node:http'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
const ONLY = 'only the review page of this dev server may use this endpoint'

/**
 * Why a request may not use the review's endpoints, or null when it may. The browser must say it comes from a
 * page of this origin (`Sec-Fetch-Site: same-origin`), and a request that writes must name an `Origin` that is
 * one of the server's own (never one read from the request's Host, which a name pointing at this machine
 * controls; browsers send no Origin on a same-origin GET). Another site open in the same browser can then
 * neither read the drafts nor write data/.
 */
export function crossOriginRefusal(
  method: string,
  headers: IncomingHttpHeaders,
  origins: readonly string[],
): string | null {
  const origin = one(headers.origin)
  const site = one(headers['sec-fetch-site'])
  if (origin && !origins.includes(origin))
    return `a request from ${origin} is refused: ${ONLY} (${origins.join(', ') || 'not listening yet'})`
  if (!origin && method !== 'GET' && method !== 'HEAD') return `a request that names no Origin is refused: ${ONLY}`
  if (site !== 'same-origin')
    return `a request the browser says comes from ${site ? `a ${site} page` : 'no page (no Sec-Fetch-Site)'} is refused: ${ONLY}`
  return null
}
