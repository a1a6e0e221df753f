import type { FontWeight } from '../../../lib/text-width.ts'
import { textWidth } from '../../../lib/text-width.ts'
import type { FactValue } from '../../../domain/schema.ts'

/**
 * A chart laid out for one size and medium: every mark, text and rule with
 * its position. Layout functions build it from data alone, so the same scene
 * is drawn on screen, prerendered into the HTML and written into exports.
 */
export interface Scene {
  width: number
  height: number
  marks: SceneMark[]
  texts: SceneText[]
  rules: SceneRule[]
  /** Sample marks in the key (not selectable). */
  swatches: SceneSwatch[]
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/**
 * How a value is drawn: a bar, a hatched band over a range read from words, an open circle for no
 * figure, a triangle pointing up or down for a change the articles state in words only, or on a dot
 * plot a ring (an earlier quarter) and a dot (the latest) at the value.
 */
export type MarkShape = 'bar' | 'band' | 'open' | 'up' | 'down' | 'ring' | 'dot'

/** A marker of direction: drawn beside the level it qualifies, never as a length. */
/** A level drawn as a point on a dot plot. */
export const isDotShape = (shape: MarkShape): shape is 'ring' | 'dot' => shape === 'ring' || shape === 'dot'

export const isDirectionShape = (shape: MarkShape): shape is 'up' | 'down' => shape === 'up' || shape === 'down'

export interface SceneMark {
  factId: string
  /** The company whose colour the mark takes. */
  companyId: string
  kind: FactValue['kind']
  shape: MarkShape
  box: Box
  /** Fainter fill for the second series of a chart (operating profit beside revenue). */
  secondary?: boolean
  /** The mark's accessible name: what it is, its value, and that it opens its sources. */
  label: string
  /** The value as the tooltip shows it. */
  value: string
}

/** Strong text (values, labels) or muted text (axes, notes). */
export type TextTone = 'strong' | 'muted'

/** One line of text; `y` is its baseline. */
export interface SceneText {
  /** The mark whose value or words this text gives: clicking it selects the mark. */
  factId?: string
  x: number
  y: number
  text: string
  size: number
  weight: FontWeight
  anchor: 'start' | 'middle' | 'end'
  tone: TextTone
}

export interface SceneRule {
  x1: number
  y1: number
  x2: number
  y2: number
  tone: 'grid' | 'axis'
}

export interface SceneSwatch {
  shape: MarkShape
  kind: FactValue['kind']
  box: Box
  /** A series' colour; a neutral one when the swatch explains a kind of mark. */
  companyId?: string
  secondary?: boolean
}

/** Line height as a multiple of the font size. */
export const LEADING = 1.25
// Where a line's ink sits around its baseline, in ems (DejaVu Sans' ascent and descent, rounded up).
const ASCENT = 0.8
const DESCENT = 0.25

/** The baseline of a line whose line box starts at `top`. */
export const baselineBelow = (top: number, size: number) =>
  top + (size * (LEADING - ASCENT - DESCENT)) / 2 + size * ASCENT

/** The box a line of text covers, from its estimated width and the font's ascent and descent. */
export function textBox(t: SceneText): Box {
  const width = textWidth(t.text, t.size, t.weight)
  const x = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - width / 2 : t.x - width
  return { x, y: t.y - t.size * ASCENT, width, height: t.size * (ASCENT + DESCENT) }
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** Pairs of texts whose boxes intersect: a layout must leave none. */
export function overlappingTexts(scene: Pick<Scene, 'texts'>): [SceneText, SceneText][] {
  const boxes = scene.texts.map(textBox)
  const pairs: [SceneText, SceneText][] = []
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (intersects(boxes[i], boxes[j])) pairs.push([scene.texts[i], scene.texts[j]])
    }
  }
  return pairs
}

// The room a grid line leaves around a text it would cross, in px.
const GRID_GAP = 2

/**
 * The grid lines broken where they would run through a text (a value beside its bar, a change's words), GRID_GAP
 * clear of it: no figure is struck through. Axis lines stay whole. A grid line is vertical or horizontal, drawn from
 * its lower coordinate to its higher.
 */
export function gridClearOfTexts(rules: SceneRule[], texts: SceneText[]): SceneRule[] {
  const boxes = texts.map(textBox)
  return rules.flatMap((r) => {
    if (r.tone !== 'grid') return [r]
    const vertical = r.x1 === r.x2
    const at = vertical ? r.x1 : r.y1
    let pieces = [vertical ? [r.y1, r.y2] : [r.x1, r.x2]]
    for (const b of boxes) {
      // The box across the line, and along it.
      const [a0, a1, c0, c1] = vertical
        ? [b.x, b.x + b.width, b.y, b.y + b.height]
        : [b.y, b.y + b.height, b.x, b.x + b.width]
      if (at <= a0 - GRID_GAP || at >= a1 + GRID_GAP) continue
      pieces = pieces.flatMap(([p, q]) =>
        [
          [p, Math.min(q, c0 - GRID_GAP)],
          [Math.max(p, c1 + GRID_GAP), q],
        ].filter(([from, to]) => from < to),
      )
    }
    return pieces.map(([from, to]) => (vertical ? { ...r, y1: from, y2: to } : { ...r, x1: from, x2: to }))
  })
}

/** Pairs of a grid line and a text it runs through: a layout must leave none. */
export function gridThroughTexts(scene: Pick<Scene, 'rules' | 'texts'>): [SceneRule, SceneText][] {
  const found: [SceneRule, SceneText][] = []
  for (const r of scene.rules.filter((rule) => rule.tone === 'grid')) {
    for (const t of scene.texts) {
      const b = textBox(t)
      const x = [r.x1, r.x2].toSorted((p, q) => p - q)
      const y = [r.y1, r.y2].toSorted((p, q) => p - q)
      // Half a pixel in from each edge: a scene's numbers are rounded, and a line along an edge does not cross it.
      const across = x[1] > b.x + 0.5 && x[0] < b.x + b.width - 0.5 && y[1] > b.y + 0.5 && y[0] < b.y + b.height - 0.5
      if (across) found.push([r, t])
    }
  }
  return found
}

/** Texts that stick out of the scene. */
export const textsOutside = (scene: Scene) =>
  scene.texts.filter((t) => {
    const b = textBox(t)
    return b.x < -0.5 || b.y < -0.5 || b.x + b.width > scene.width + 0.5 || b.y + b.height > scene.height + 0.5
  })

/** The scene moved by (dx, dy): for placing a chart inside a larger composition. */
export function translateScene(scene: Scene, dx: number, dy: number): Omit<Scene, 'width' | 'height'> {
  const box = (b: Box) => ({ ...b, x: b.x + dx, y: b.y + dy })
  return {
    marks: scene.marks.map((m) => ({ ...m, box: box(m.box) })),
    texts: scene.texts.map((t) => ({ ...t, x: t.x + dx, y: t.y + dy })),
    rules: scene.rules.map((r) => ({ ...r, x1: r.x1 + dx, x2: r.x2 + dx, y1: r.y1 + dy, y2: r.y2 + dy })),
    swatches: scene.swatches.map((s) => ({ ...s, box: box(s.box) })),
  }
}

// Two decimals are finer than any screen: shorter markup in the page and in files.
const round = (n: number) => Math.round(n * 100) / 100
export { round as toHundredths }
export const roundBox = (b: Box): Box => ({
  x: round(b.x),
  y: round(b.y),
  width: round(b.width),
  height: round(b.height),
})

/** The scene with every coordinate rounded to hundredths of a pixel. */
export function roundScene(scene: Scene): Scene {
  return {
    width: round(scene.width),
    height: round(scene.height),
    marks: scene.marks.map((m) => ({ ...m, box: roundBox(m.box) })),
    texts: scene.texts.map((t) => ({ ...t, x: round(t.x), y: round(t.y), size: round(t.size) })),
    rules: scene.rules.map((r) => ({ ...r, x1: round(r.x1), y1: round(r.y1), x2: round(r.x2), y2: round(r.y2) })),
    swatches: scene.swatches.map((s) => ({ ...s, box: roundBox(s.box) })),
  }
}
