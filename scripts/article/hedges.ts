/** Hedges and attributions a sentence carries: a fact drawn from it keeps each in its kind, wording or source. */
const HEDGES = [
  'reportedly',
  'according to',
  'reports',
  'expected to',
  'plans to',
  'planning to',
  'looking to',
  'aims to',
  'understood to be',
  'may',
  'could',
  'would',
  'believe',
  'likely',
  'estimated',
] as const

/** The hedges a sentence carries, in the order it writes them. */
export function hedgesIn(sentence: string): string[] {
  const lower = sentence.toLowerCase()
  return HEDGES.map((h) => ({ h, at: lower.search(new RegExp(`\\b${h}\\b`)) }))
    .filter((x) => x.at !== -1)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.h)
}
