/**
 * A small English stemmer for the facts table's search and the build's reading of claims: enough that
 * "grew", "growth" and "growing" meet, as do "rose" and "rising", "fastest" and "faster", "increase" and
 * "increasing". Irregular forms first, then common suffixes; short words are left whole so "aws" and
 * "q4" stay themselves.
 */
const IRREGULAR: Record<string, string> = {
  grew: 'grow',
  grown: 'grow',
  growth: 'grow',
  rose: 'rise',
  risen: 'rise',
  fell: 'fall',
  fallen: 'fall',
  cut: 'cut',
  laid: 'lay',
  paid: 'pay',
  sold: 'sell',
  spent: 'spend',
  slower: 'slow',
  slowdown: 'slow',
}

const SUFFIXES = ['ings', 'ing', 'est', 'ers', 'er', 'ed', 'es', 's', 'e'] as const
const MIN_STEM = 3

export function stem(word: string): string {
  let w = IRREGULAR[word] ?? word
  if (w.length <= MIN_STEM || /\d/.test(w)) return w
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
      w = w.slice(0, -suffix.length)
      break
    }
  }
  // "rise" and "rising", "increase" and "increasing": drop a final e the suffix left behind.
  if (w.endsWith('e') && w.length > MIN_STEM) w = w.slice(0, -1)
  // "dipped" → "dipp" → "dip".
  if (/([bdfglmnprt])\1$/.test(w)) w = w.slice(0, -1)
  return w
}
