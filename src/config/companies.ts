/**
 * Each known company has a fixed series slot, so it keeps its colour in every
 * chart; companies the dataset adds later take the remaining slots in order.
 * Slots are CSS variables (src/index.css) so light and dark themes differ.
 */
export const SERIES_SLOTS = [1, 2, 3, 4, 5, 6, 7, 8] as const
export type SeriesSlot = (typeof SERIES_SLOTS)[number]

export const KNOWN_COMPANY_SLOTS = {
  aws: 1,
  azure: 2,
  'google-cloud': 3,
  others: 4,
  amazon: 5,
  market: 6,
} as const satisfies Record<string, SeriesSlot>

const FREE_SLOTS = SERIES_SLOTS.filter((s) => !(Object.values(KNOWN_COMPANY_SLOTS) as number[]).includes(s))

function hash(id: string): number {
  let h = 0
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return h
}

/** The series slot of a company: fixed for known ones, stable by id for the rest. */
export function companySlot(companyId: string): SeriesSlot {
  return (
    (KNOWN_COMPANY_SLOTS as Record<string, SeriesSlot>)[companyId] ?? FREE_SLOTS[hash(companyId) % FREE_SLOTS.length]
  )
}

/** The company's colour as a CSS value, for SVG fills and strokes. */
export const companyColor = (companyId: string) => `var(--series-${companySlot(companyId)})`
