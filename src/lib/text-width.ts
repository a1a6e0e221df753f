import metrics from 'virtual:font-metrics'
import type { MeasuredWeight } from '../config/fonts.ts'

/**
 * Text widths without measuring, from the font the app ships (Inter, see
 * src/config/fonts.ts): per-character advances and kerning pairs generated
 * from the font files at build time. Layout must be the same on the server
 * (prerender), in the browser and in exported files, so it cannot measure;
 * src/features/charts/layout/text-width.chromium.test.ts holds these estimates to Chromium's
 * measurement of every chart string.
 */

export type FontWeight = MeasuredWeight

// A character the subset does not draw comes from a fallback font: a wide guess, in ems.
const FALLBACK_EM = 0.8

interface WeightTable {
  advance: Map<string, number>
  kerning: Map<string, { ems: number; moved: boolean; inWord: number }>
}

function tableOf(weight: FontWeight): WeightTable {
  const { advances, kerning } = metrics.weights[weight]
  const em = metrics.unitsPerEm
  const chars = [...metrics.chars]
  const pairs = Object.entries(kerning).flatMap(([left, [rights, adjustments, moved, inWord]]) =>
    [...rights].map((right, i) => {
      const ems = adjustments[i] / em
      return [
        left + right,
        { ems, moved: moved.includes(right), inWord: (inWord[right] ?? adjustments[i]) / em },
      ] as const
    }),
  )
  return { advance: new Map(chars.map((c, i) => [c, advances[i] / em])), kerning: new Map(pairs) }
}

// Built on first use, not at import: the first paint does not wait for tables it may not need.
const tables = new Map<FontWeight, WeightTable>()
const table = (weight: FontWeight) => tables.get(weight) ?? tables.set(weight, tableOf(weight)).get(weight)!

/** The width of one line of text in px at `size` px, as Inter draws it (kerning included). */
export function textWidth(text: string, size: number, weight: FontWeight = 400): number {
  const { advance, kerning } = table(weight)
  let ems = 0
  for (const word of text.split(/(?=\s)|(?<=\s)/)) ems += wordEms(word, advance, kerning)
  return ems * size
}

function wordEms(word: string, advance: WeightTable['advance'], kerning: WeightTable['kerning']): number {
  const chars = [...word]
  const lettered = /\p{L}/u.test(word)
  let ems = 0
  let skip = false
  chars.forEach((ch, i) => {
    ems += advance.get(ch) ?? FALLBACK_EM
    const pair = skip || i === 0 ? undefined : kerning.get(chars[i - 1] + ch)
    // Inter kerns a pair less inside a run than alone ("7," in "27,000", "7." in "$7.2B"): the pair as
    // measured after a letter stands for it wherever another character comes before it.
    if (pair) ems += lettered || i >= 2 ? pair.inWord : pair.ems
    // As OpenType pair kerning: after a pair that moved this character, the pair it starts is not looked up.
    skip = pair?.moved ?? false
  })
  return ems
}

/**
 * Greedy word wrap to `maxWidth` px. A word longer than a line is broken
 * (URLs, long ids), so no line is ever wider than `maxWidth`.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: FontWeight = 400): string[] {
  const { advance, kerning } = table(weight)
  const fits = (s: string) => textWidth(s, size, weight) <= maxWidth
  const spaceEms = wordEms(' ', advance, kerning)
  const lines: string[] = []
  // The last line's width in ems, summed in the order textWidth sums it: each word is measured once.
  let lastEms = 0
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const ems = wordEms(word, advance, kerning)
    const last = lines.at(-1)
    if (last !== undefined && (lastEms + spaceEms + ems) * size <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`
      lastEms += spaceEms + ems
      continue
    }
    let rest = word
    while (!fits(rest) && rest.length > 1) {
      let cut = rest.length - 1
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--
      lines.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    lines.push(rest)
    lastEms = rest === word ? ems : wordEms(rest, advance, kerning)
  }
  return lines
}
