import type { ChartModel } from '../definition.ts'
import { barChartScene, type LayoutFrame } from './bar-chart.ts'
import { textBox, type Box, type Scene } from './scene.ts'

/** A scene cut to a fixed frame too short for it, and how many marks it leaves out. */
export interface CutScene {
  scene: Scene
  hidden: number
}

/**
 * The scene cut at `height` (a fixed frame too small for every mark): the marks wholly above it with their
 * words, the other texts and key samples wholly above it, the rules up to it; and how many marks it leaves out.
 * Nothing is drawn half-cut: a mark whose words run below the cut (a dot plot's second line of values) goes too,
 * and so does a row's name set above marks that go (rows stack, so it starts below the last mark kept).
 */
function cropScene(scene: Scene, height: number): CutScene {
  const inside = (b: Box) => b.y + b.height <= height + 0.5
  const cutTexts = new Set(scene.texts.filter((t) => t.factId && !inside(textBox(t))).map((t) => t.factId))
  const kept = new Set(scene.marks.filter((m) => inside(m.box) && !cutTexts.has(m.factId)).map((m) => m.factId))
  const all = new Set(scene.marks.map((m) => m.factId))
  const keptMarks = scene.marks.filter((m) => kept.has(m.factId))
  const keptEnd = kept.size < all.size ? Math.max(-Infinity, ...keptMarks.map((m) => m.box.y + m.box.height)) : Infinity
  const shown = (b: Box) => inside(b) && b.y < keptEnd
  return {
    scene: {
      ...scene,
      height,
      marks: keptMarks,
      texts: scene.texts.filter((t) => (t.factId ? kept.has(t.factId) : shown(textBox(t)))),
      // Grid lines end with the last row kept.
      rules: scene.rules
        .filter((r) => Math.min(r.y1, r.y2) < Math.min(height, keptEnd))
        .map((r) => ({ ...r, y2: Math.min(r.y2, height, keptEnd) })),
      swatches: scene.swatches.filter((s) => shown(s.box)),
    },
    hidden: all.size - kept.size,
  }
}

const factsOf = (scene: Scene) => new Set(scene.marks.map((m) => m.factId))

// Per model, the last few cuts: a view draws again on every hover, and a time series' cut lays the chart out several
// times. The same cut also keeps its scene, so a redraw changes no element.
const recentCuts = new WeakMap<ChartModel, Map<string, CutScene>>()
const CUTS_KEPT = 4

/**
 * A chart in a fixed frame too short for it (an embed, a slide), laid out in `frame` and cut to `height`. A ranking
 * keeps the marks that fit from its top (cropScene). Items in time order keep the latest: the chart is laid out
 * again from the first item that lets the rest fit, axis and key included, so a slide ends on the latest quarter,
 * which a cut at the frame's foot would drop first. Where the latest item fits only without its axis, its marks are
 * kept without it; where not even they fit (a 320 × 180 embed under a long subtitle), what fits from the start, as a
 * ranking keeps it, rather than nothing. Only the views that cut load it.
 */
export function cutChart(model: ChartModel, frame: LayoutFrame, height: number): CutScene {
  let cuts = recentCuts.get(model)
  if (!cuts) recentCuts.set(model, (cuts = new Map()))
  const key = `${frame.width}|${frame.height}|${frame.type.base}|${frame.type.wordBase}|${frame.type.title}|${height}`
  let cut = cuts.get(key)
  if (!cut) {
    cut = cutAnew(model, frame, height)
    cuts.set(key, cut)
    if (cuts.size > CUTS_KEPT) cuts.delete(cuts.keys().next().value!)
  }
  return cut
}

function cutAnew(model: ChartModel, frame: LayoutFrame, height: number): CutScene {
  const { bars } = model
  const full = model.layout(frame)
  const { items } = bars.input
  if (bars.order !== 'time' || items.length < 2) return cropScene(full, height)
  // Laid out for the height left, as a frame of that height would be.
  const from = (first: number) =>
    barChartScene({ ...bars.input, items: items.slice(first) }, { ...frame, height }, bars)
  const fits = (scene: Scene) => scene.height <= height + 0.5
  const all = factsOf(full)
  const counted = (scene: Scene): CutScene => {
    const kept = factsOf(scene)
    return { scene, hidden: [...all].filter((id) => !kept.has(id)).length }
  }
  // The fewest items dropped: items only add height, so the first that fits is found by halving.
  let [lo, hi] = [1, items.length - 1]
  if (!fits(from(hi))) {
    // Not even the latest item with its axis and key: the latest item's marks that fit, without them.
    const latest = cropScene(from(hi), height).scene
    return latest.marks.length ? counted(latest) : cropScene(full, height)
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (fits(from(mid))) hi = mid
    else lo = mid + 1
  }
  return counted(from(hi))
}
