import type { BarsSpec } from '../definition.ts'
import { barChartScene, type LayoutFrame } from './bar-chart.ts'
import { cropScene, type CutScene, type Scene } from './scene.ts'

const factsOf = (scene: Scene) => new Set(scene.marks.map((m) => m.factId))

/**
 * A chart in a fixed frame too short for it (`full`, laid out in `frame`), cut to `height`. A ranking keeps the
 * marks that fit from its top (cropScene). Items in time order keep the latest: the chart is laid out again from
 * the first item that lets the rest fit, axis and key included, so a slide ends on the latest quarter, which a cut
 * at the frame's foot would drop first.
 */
export function cutChart(bars: BarsSpec, frame: LayoutFrame, height: number, full: Scene): CutScene {
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
