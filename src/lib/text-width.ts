/**
 * Text widths without measuring: per-character advances in hundredths of an
 * em, the larger of DejaVu Sans (what `system-ui` resolves to on Linux) and
 * Liberation Sans/Arial, so an estimate is never narrower than the text drawn
 * by the fonts this app falls back to. Layout must be the same on the server
 * (prerender), in the browser and in exported files, so it cannot measure.
 */

// U+0020 … U+007E, regular then bold.
const ASCII_REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84,
  84, 84, 56, 102, 68, 69, 72, 77, 67, 61, 78, 75, 29, 50, 67, 56, 86, 75, 79, 67, 79, 72, 67, 61, 73, 68, 99, 69, 67,
  69, 39, 34, 39, 84, 56, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59,
  82, 59, 59, 52, 64, 34, 64, 84,
]
const ASCII_BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84,
  84, 84, 61, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 56, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72,
  73, 46, 37, 46, 84, 56, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65,
  92, 65, 65, 58, 71, 37, 71, 84,
]
// Punctuation the articles and labels use beyond ASCII: [regular, bold].
const OTHER: Record<string, [number, number]> = {
  '’': [32, 38],
  '‘': [32, 38],
  '“': [52, 66],
  '”': [52, 66],
  '–': [56, 56],
  '—': [100, 100],
  '…': [100, 100],
  '×': [84, 84],
  '÷': [84, 84],
  '≈': [84, 84],
  '·': [32, 38],
  '•': [59, 64],
  '€': [64, 70],
  '£': [64, 70],
  é: [62, 68],
  '↗': [84, 84],
  '→': [100, 100],
  '\u00a0': [32, 35],
}
/** Anything else (accented capitals, other scripts): a wide guess. */
const FALLBACK: [number, number] = [80, 86]

export type FontWeight = 400 | 600 | 700

/** The width of one line of text in px, at `size` px, never less than it will draw. */
export function textWidth(text: string, size: number, weight: FontWeight = 400): number {
  const bold = weight >= 600 ? 1 : 0
  let hundredths = 0
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code >= 32 && code <= 126) hundredths += (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 32]
    else hundredths += (OTHER[ch] ?? FALLBACK)[bold]
  }
  return (hundredths * size) / 100
}

/**
 * Greedy word wrap to `maxWidth` px. A word longer than a line is broken
 * (URLs, long ids), so no line is ever wider than `maxWidth`.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: FontWeight = 400): string[] {
  const fits = (s: string) => textWidth(s, size, weight) <= maxWidth
  const lines: string[] = []
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && fits(`${last} ${word}`)) {
      lines[lines.length - 1] = `${last} ${word}`
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
  }
  return lines
}
