import type { Scene } from './scene.ts'
import { typeLadder, type Medium, type TypeLadder } from './type-ladder.ts'

// Only a slide fills its box: this loads with the presentation, not with the dashboard's first chart.

/** Whether a figure (a value of one word: "$24.2B") is drawn over two lines, broken where type outgrew its room. */
const breaksAFigure = (scene: Scene) =>
  scene.marks.some(
    (m) => !m.value.includes(' ') && scene.texts.filter((t) => t.factId === m.factId && t.weight === 700).length > 1,
  )

/**
 * How far a slide's chart may grow to fill its room: a slide filtered to one bar draws it as a big
 * number, its value at about 80 px on a 1280 × 720 slide, rather than leave half the slide blank.
 */
const MAX_FILL_SCALE = 4.5

/**
 * How far the words around a filled chart's marks (row names, axis, key, notes, values given in words), and the gaps
 * between them, grow with it:
 * at 1.5 × a row name stays under the slide's title, which the fill leaves at its size. The marks and their figures
 * grow on.
 */
const MAX_WORDS_FILL_SCALE = 1.5

/**
 * The type ladder scaled up so a chart's natural height fills `height` (never down, at most
 * MAX_FILL_SCALE): a slide with few bars draws them, and their values, large rather than leave half
 * the slide blank; the words around them grow only to MAX_WORDS_FILL_SCALE. A figure grows only while it fits its
 * line: on a phone's slide "$24.2B" broke into "$24." and "2B". `layout` lays the chart out without a height limit.
 */
export function fillingType(
  type: TypeLadder,
  height: number,
  layout: (type: TypeLadder) => Scene,
  medium: Medium,
): TypeLadder {
  const naturalHeight = (t: TypeLadder) => {
    const scene = layout(t)
    return breaksAFigure(scene) ? Infinity : scene.height
  }
  const at = (scale: number): TypeLadder => {
    const words = typeLadder(type.base * Math.min(scale, MAX_WORDS_FILL_SCALE), medium)
    const { label, axis, key, note, claim } = words
    return { ...typeLadder(type.base * scale, medium), wordBase: words.base, label, axis, key, note, claim }
  }
  if (naturalHeight(at(1)) >= height) return type
  let lo = 1
  let hi = MAX_FILL_SCALE
  for (let i = 0; i < 8; i++) {
    const mid = (lo + hi) / 2
    if (naturalHeight(at(mid)) <= height) lo = mid
    else hi = mid
  }
  return at(lo)
}
