/** A filter group with more chips than this shows part of them until the reader asks for all. */
export const COLLAPSE_ABOVE = 12

/** How many chips a collapsed group shows, besides any that are pressed. */
export const SHOWN_COLLAPSED = 8

/**
 * The chips a filter group shows: all of a short group; of a long one (at 100× data, 45 periods took 844 px of a
 * 412 px phone above the first chart) the first few or the last few in the group's order, those named in `always`
 * (the undated facts, which no quarter's age makes less current), and every pressed one wherever it is, so a
 * choice made in the full list, or read from the URL, is always in view.
 */
export function shownChips<K extends string>(
  keys: readonly K[],
  pressed: readonly string[],
  keep: 'first' | 'last',
  always: readonly string[] = [],
): readonly K[] {
  if (keys.length <= COLLAPSE_ABOVE) return keys
  const rest = keys.filter((k) => !always.includes(k))
  const kept = new Set(keep === 'first' ? rest.slice(0, SHOWN_COLLAPSED) : rest.slice(-SHOWN_COLLAPSED))
  return keys.filter((k) => kept.has(k) || always.includes(k) || pressed.includes(k))
}
