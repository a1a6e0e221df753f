const STOP = new Set(
  'the a an and or of to in on at for with by from as is are was were be been has have had that this it its their they we our which who will would can could about into than then also more most said says'.split(
    ' ',
  ),
)

/**
 * The content words of a text, lower-cased: what two wordings of one statement share. Short words are left out,
 * but not a two-letter acronym ("AI", "IT"): "losing ground to Microsoft in the AI race" is about AI.
 */
export const contentWords = (s: string) =>
  new Set(
    s
      .replace(/[’']/g, "'")
      .split(/[^A-Za-z0-9']+/)
      .filter((w) => (w.length > 2 || /^[A-Z]{2}$/.test(w)) && !STOP.has(w.toLowerCase()))
      .map((w) => w.toLowerCase()),
  )

/** How many words two sets share, and what share of the smaller that is. */
export function overlap(a: Set<string>, b: Set<string>): { share: number; shared: number } {
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  return { share: shared / Math.max(1, Math.min(a.size, b.size)), shared }
}
