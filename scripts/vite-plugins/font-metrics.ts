import * as fontkit from 'fontkit'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { MEASURED_WEIGHTS, fontFile, type MeasuredWeight } from '../../src/config/fonts.ts'
import type { FontMetrics, WeightMetrics } from '../../src/lib/font-metrics.ts'

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/font-metrics', import.meta.url))

/** The fonts measured, each served as a virtual module of its width tables. */
const FONTS = {
  // The font the app ships and draws every chart in.
  'virtual:font-metrics': { file: fontFile, kerning: true },
  // The PowerPoint deck's Arial (DECK_FONT), by Arimo, a font with its very advances (and Liberation Sans'), a
  // build-time dependency; PowerPoint does not kern a run unless told to.
  'virtual:deck-font-metrics': {
    file: (weight: MeasuredWeight) => `@fontsource/arimo/files/arimo-latin-${weight}-normal.woff2`,
    kerning: false,
  },
} as const satisfies Record<string, FontSource>

interface FontSource {
  /** The package file of each measured weight. */
  file: (weight: MeasuredWeight) => string
  kerning: boolean
}

// Kerning between printable ASCII characters (the pairs of labels, figures and sources); a pair with an
// accented letter is left unkerned, a rounding error next to the 3 % the widths are tested to.
const KERNED = (c: number) => c >= 0x20 && c < 0x7f

function weightMetrics(path: string, chars: string[], kerns: boolean): { unitsPerEm: number; metrics: WeightMetrics } {
  const font = fontkit.openSync(path) as fontkit.Font
  // Layout, not glyph advances: the width of a character as a browser shapes it (features included).
  const width = (text: string) => font.layout(text).advanceWidth
  const advances = chars.map(width)
  const advance = new Map(chars.map((c, i) => [c, advances[i]]))
  const kerning: WeightMetrics['kerning'] = {}
  const kerned = kerns ? chars.filter((c) => KERNED(c.codePointAt(0)!)) : []
  for (const left of kerned) {
    const row: WeightMetrics['kerning'][string] = ['', [], '', {}]
    for (const right of kerned) {
      const { positions, advanceWidth } = font.layout(left + right)
      // Two glyphs, or one where a contextual alternate joins them (Inter's "->" is an arrow).
      const onSecond = positions.length === 2 ? positions[1].xAdvance - advance.get(right)! : 0
      const adjustment = advanceWidth - advance.get(left)! - advance.get(right)!
      // Inter kerns in context: "7." closes up less in "$7.2B" than in "7.2". The pair after a letter stands for
      // the pair inside a run. Nothing after it: what follows can change the second glyph ("4*" ends a label
      // with a wider asterisk, "4*H" does not).
      const inWord = width(`H${left}${right}`) - width(`H${left}`) - width(right)
      if (adjustment === 0 && inWord === 0) continue
      row[0] += right
      row[1].push(adjustment)
      // OpenType: a pair that moves its second glyph is not followed by the pair that glyph starts.
      if (onSecond !== 0) row[2] += right
      if (inWord !== adjustment) row[3][right] = inWord
    }
    if (row[0]) kerning[left] = row
  }
  // Counts are set in tabular figures (font-variant-numeric: tabular-nums), each digit as wide as the others.
  const tabularFigure = font.layout('0', ['tnum']).advanceWidth
  return { unitsPerEm: font.unitsPerEm, metrics: { advances, kerning, tabularFigure } }
}

/** Reads a font's files (Node only: the parser never reaches the browser). */
function readFontMetrics(source: FontSource): FontMetrics {
  const resolveFile = createRequire(import.meta.url).resolve
  const files = MEASURED_WEIGHTS.map((w) => resolveFile(source.file(w)))
  // Shaping every pair takes seconds; each test worker and build would pay it again, so the tables are kept
  // under node_modules/.cache, named for the font files' and this file's contents.
  const hash = createHash('sha256')
  for (const file of [...files, fileURLToPath(import.meta.url)]) hash.update(readFileSync(file))
  hash.update(String(source.kerning))
  const cached = resolve(CACHE_DIR, `${hash.digest('hex').slice(0, 16)}.json`)
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as FontMetrics
  const metrics = measureFonts(files, source.kerning)
  mkdirSync(CACHE_DIR, { recursive: true })
  writeFileSync(cached, JSON.stringify(metrics))
  return metrics
}

function measureFonts(files: string[], kerning: boolean): FontMetrics {
  const regular = fontkit.openSync(files[0]) as fontkit.Font
  // Control characters, the BOM and non-characters draw nothing a label would hold.
  const chars = regular.characterSet
    .filter((c) => c >= 0x20 && c !== 0xfeff && c < 0xfffe)
    .map((c) => String.fromCodePoint(c))
  const weights = {} as FontMetrics['weights']
  let unitsPerEm = 0
  MEASURED_WEIGHTS.forEach((w, i) => {
    const read = weightMetrics(files[i], chars, kerning)
    unitsPerEm = read.unitsPerEm
    weights[w] = read.metrics
  })
  return { unitsPerEm, chars: chars.join(''), weights }
}

type FontModule = keyof typeof FONTS
const isFontModule = (id: string): id is FontModule => Object.hasOwn(FONTS, id)

/**
 * `virtual:font-metrics`: the width tables of src/lib/text-width.ts, generated
 * from the font files the page ships, in every build, dev server and test run.
 * Nothing preloads them: a preloaded font holds the first frame up until it
 * arrives (docs/decisions/0011-web-font-after-first-paint.md).
 * `virtual:deck-font-metrics`: the same for the PowerPoint deck's font, imported
 * only by the deck's code, so it loads with the deck.
 */
export function fontMetricsPlugin(): Plugin {
  const metrics = new Map<FontModule, FontMetrics>()
  return {
    name: 'font-metrics',
    resolveId: (id) => (isFontModule(id) ? `\0${id}` : undefined),
    load(id) {
      const name = id.slice(1)
      if (!id.startsWith('\0') || !isFontModule(name)) return
      if (!metrics.has(name)) metrics.set(name, readFontMetrics(FONTS[name]))
      return `export default ${JSON.stringify(metrics.get(name))}`
    },
  }
}
