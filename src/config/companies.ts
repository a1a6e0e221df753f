/**
 * Each known company has a fixed series slot, so it keeps its colour in every
 * chart; companies the dataset adds later take the remaining slots in the
 * dataset's order. Slots are CSS variables (src/index.css) so light and dark
 * themes differ.
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

const known = KNOWN_COMPANY_SLOTS as Record<string, SeriesSlot>

/**
 * The series slot of each of a dataset's companies, listed in the dataset's order: a known company's own; the
 * others take the free slots in turn, so an article that adds a company never recolours one added before it; once
 * those run out, the rest share the other providers' neutral slot, as a colour shared by two named companies would
 * say they are one.
 */
export function companySlots(companyIds: readonly string[]): ReadonlyMap<string, SeriesSlot> {
  const free = SERIES_SLOTS.filter((s) => !Object.values(known).includes(s))
  return new Map(companyIds.map((id) => [id, known[id] ?? free.shift() ?? KNOWN_COMPANY_SLOTS.others]))
}

/** A series slot's colour as a CSS value, for the page's SVG fills and strokes and its filter chips. */
export const slotColor = (slot: SeriesSlot) => `var(--series-${slot})`
