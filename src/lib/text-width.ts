import metrics from 'virtual:font-metrics'
import type { MeasuredWeight } from '../config/fonts.ts'
import type { FontMetrics } from './font-metrics.ts'

/**
 * Text widths without measuring, from a font's width tables: per-character
 * advances and kerning pairs generated from the font files at build time.
 * Layout must be the same on the server (prerender), in the browser and in
 * exported files, so it cannot measure. The app's text is measured against
 * the font it ships (Inter, see src/config/fonts.ts);
 * src/features/charts/layout/text-width.chromium.test.ts holds these estimates to Chromium's
 * measurement of every chart string. The PowerPoint deck measures its own font
 * with the same code (features/export/pptx/deck-font.ts).
 */

export type FontWeight = MeasuredWeight

export interface TextMeasure {
  /** The width of one line of text at `size` (px or pt: the width comes in the size's unit), kerning included. */
  textWidth: (text: string, size: number, weight?: FontWeight) => number
  /**
   * Greedy word wrap to `maxWidth`. A word longer than a line is broken
   * (URLs, long ids), so no line is ever wider than `maxWidth`. `pretty` (the default) leaves no word alone on the
   * last line where the word before it fits there. Text that something follows on its last line (a source and its
   * Sources button) is wrapped greedily: its last word is not alone there.
   */
  wrapText: (text: string, maxWidth: number, size: number, weight?: FontWeight, pretty?: boolean) => string[]
  /** The width of `digits` figures set as tabular (font-variant-numeric: tabular-nums), at `size`. */
  tabularFiguresWidth: (digits: number, size: number, weight?: FontWeight) => number
}

interface WeightTable {
  advance: Map<string, number>
  kerning: Map<string, { ems: number; moved: boolean; inWord: number }>
  /** Widths already summed, in ems, by word and by whole text: a chart's labels recur at every size it is laid out at. */
  words: Map<string, number>
  texts: Map<string, number>
}

// Enough for every label of a 100× dataset; past it the widths are summed afresh, so memory stays bounded.
const MEASURED_MAX = 20_000

function tableOf(metrics: FontMetrics, weight: FontWeight): WeightTable {
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
  return {
    advance: new Map(chars.map((c, i) => [c, advances[i] / em])),
    kerning: new Map(pairs),
    words: new Map(),
    texts: new Map(),
  }
}

/**
 * Measuring and wrapping in the font `metrics` describe. A character the font does not draw comes from a
 * fallback font: `fallbackEm` is a wide guess at its width, in ems.
 */
export function textMeasure(metrics: FontMetrics, fallbackEm: number): TextMeasure {
  // Built on first use, not at import: the first paint does not wait for tables it may not need.
  const tables = new Map<FontWeight, WeightTable>()
  const table = (weight: FontWeight) => tables.get(weight) ?? tables.set(weight, tableOf(metrics, weight)).get(weight)!

  // A width is a pure function of the text and the table: remembered, it is the same number.
  function remembered(widths: Map<string, number>, text: string, sum: () => number): number {
    let ems = widths.get(text)
    if (ems === undefined) {
      if (widths.size > MEASURED_MAX) widths.clear()
      widths.set(text, (ems = sum()))
    }
    return ems
  }

  const wordEms = (word: string, t: WeightTable) => remembered(t.words, word, () => sumWordEms(word, t))

  function sumWordEms(word: string, { advance, kerning }: WeightTable): number {
    const chars = [...word]
    const lettered = /\p{L}/u.test(word)
    let ems = 0
    let skip = false
    chars.forEach((ch, i) => {
      ems += advance.get(ch) ?? fallbackEm
      const pair = skip || i === 0 ? undefined : kerning.get(chars[i - 1] + ch)
      // Inter kerns a pair less inside a run than alone ("7," in "27,000", "7." in "$7.2B"): the pair as
      // measured after a letter stands for it wherever another character comes before it.
      if (pair) ems += lettered || i >= 2 ? pair.inWord : pair.ems
      // As OpenType pair kerning: after a pair that moved this character, the pair it starts is not looked up.
      skip = pair?.moved ?? false
    })
    return ems
  }

  function textWidth(text: string, size: number, weight: FontWeight = 400): number {
    const t = table(weight)
    const ems = remembered(t.texts, text, () =>
      text.split(/(?=\s)|(?<=\s)/).reduce((sum, word) => sum + wordEms(word, t), 0),
    )
    return ems * size
  }

  function wrapText(text: string, maxWidth: number, size: number, weight: FontWeight = 400, pretty = true): string[] {
    const t = table(weight)
    const fits = (s: string) => textWidth(s, size, weight) <= maxWidth
    const spaceEms = wordEms(' ', t)
    const lines: string[] = []
    // The last line's width in ems, summed in the order textWidth sums it: each word is measured once.
    let lastEms = 0
    for (const word of text.trim().split(/\s+/).filter(Boolean)) {
      const ems = wordEms(word, t)
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
      lastEms = rest === word ? ems : wordEms(rest, t)
    }
    // As CSS's `text-wrap: pretty`, which the page's paragraphs use: a last line of one word (“rates” under a key)
    // takes the word before it where that fits and leaves the line above two or more. The number of lines is the
    // same, so every height laid out from them holds. A word cut to fit is not moved: the line above its last piece
    // is another piece, one word.
    if (!pretty || lines.length < 2) return lines
    const [above, last] = lines.slice(-2)
    const words = above.split(' ')
    const moved = `${words.pop()} ${last}`
    return words.length > 1 && !last.includes(' ') && fits(moved)
      ? [...lines.slice(0, -2), words.join(' '), moved]
      : lines
  }

  const tabularFiguresWidth = (digits: number, size: number, weight: FontWeight = 400) =>
    ((digits * metrics.weights[weight].tabularFigure) / metrics.unitsPerEm) * size

  return { textWidth, wrapText, tabularFiguresWidth }
}

// A character Inter's subset does not draw comes from a fallback font: a wide guess, in ems.
const FALLBACK_EM = 0.8

/** Widths and wraps in px as Inter, the font the app ships, draws them. */
export const { textWidth, wrapText, tabularFiguresWidth } = textMeasure(metrics, FALLBACK_EM)
