import { wrapText, type FontWeight } from '../../../lib/text-width'
import type { ChartModel, ContextLine } from '../definition'
import { baselineBelow, roundScene, translateScene, type Scene, type SceneText, type TextTone } from './scene'
import { baseFontSize, typeLadder, type Medium } from './type-ladder'

/** A context line as plain words: the figures as they read on the page. */
export const contextText = (line: ContextLine) => line.map((p) => (typeof p === 'string' ? p : p.text)).join('')

/**
 * A chart with everything that says what it is and where its numbers come
 * from, as one scene: title, subtitle (with the filters), the chart and its
 * key, the figures that frame it, and the source line, all wrapped to the
 * width and sized from one base. Exported images and slides are drawn from it.
 * With `height` null the chart takes its natural height.
 */
export function framedScene(model: ChartModel, size: { width: number; height: number | null }, medium: Medium): Scene {
  const type = typeLadder(
    baseFontSize(medium, { width: size.width, height: size.height ?? size.width * 0.5625 }),
    medium,
  )
  const pad = type.base
  const inner = size.width - 2 * pad
  const texts: SceneText[] = []
  const block = (
    text: string,
    top: number,
    fontSize: number,
    weight: FontWeight,
    tone: TextTone,
    measureOnly = false,
  ) => {
    const lines = wrapText(text, inner, fontSize, weight)
    const line = fontSize * 1.25
    if (!measureOnly) {
      lines.forEach((l, i) =>
        texts.push({
          x: pad,
          y: baselineBelow(top + i * line, fontSize),
          text: l,
          size: fontSize,
          weight,
          anchor: 'start',
          tone,
        }),
      )
    }
    return lines.length * line
  }
  let y = pad
  y += block(model.title, y, type.title, 700, 'strong')
  if (model.subtitle) y += block(model.subtitle, y, type.subtitle, 400, 'muted')
  y += type.base * 0.75
  const notes = model.context.map(contextText)
  const gap = type.base * 0.5
  const after = (measureOnly: boolean, top: number) => {
    let h = 0
    for (const note of notes) h += block(note, top + h, type.note, 400, 'strong', measureOnly)
    if (model.source)
      h +=
        (notes.length ? gap * 0.5 : 0) +
        block(model.source, top + h + (notes.length ? gap * 0.5 : 0), type.source, 400, 'muted', measureOnly)
    return h
  }
  const footer = after(true, 0)
  const chartHeight = size.height === null ? null : Math.max(type.base * 4, size.height - y - gap - footer - pad)
  const chart = model.layout({ width: inner, height: chartHeight, type })
  const placed = translateScene(chart, pad, y)
  y += chart.height + gap
  y += after(false, y)
  return roundScene({
    width: size.width,
    height: Math.max(size.height ?? 0, y + pad),
    marks: placed.marks,
    texts: [...texts, ...placed.texts],
    rules: placed.rules,
    swatches: placed.swatches,
  })
}
