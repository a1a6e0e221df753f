import { textWidth } from '../../../lib/text-width.ts'
import type { ChartModel } from '../definition.ts'
import { moreCue, SOURCES_BUTTON } from '../frame-words.ts'
import {
  cardHeight,
  chartFrame,
  flowItems,
  LINK_WEIGHT,
  LINKS_GAP,
  PAGE_WRAP,
  type FrameBounds,
  type FrameOptions,
  type TextBlock,
} from './frame.ts'
import { cutChart } from './cut-chart.ts'
import { baselineBelow, LEADING, roundScene, translateScene, type Scene, type SceneText } from './scene.ts'
import type { Medium } from './type-ladder.ts'

/** A frame's text blocks as scene lines, one under another from `top`; returns the lines and the height used. */
function placeBlocks(blocks: TextBlock[], x: number, top: number, spacing = 0) {
  const texts: SceneText[] = []
  let y = top
  blocks.forEach((b, i) => {
    if (i > 0) y += spacing
    b.lines.forEach((line, k) =>
      texts.push({
        x,
        y: baselineBelow(y + k * b.size * LEADING, b.size),
        text: line,
        size: b.size,
        weight: b.weight,
        anchor: 'start',
        tone: b.tone,
      }),
    )
    y += b.height
  })
  return { texts, height: y - top }
}

/**
 * The frame drawn as one scene: title (with what shares its line on a page), subtitle, the chart and its key, the
 * context figures, the short source (with its Sources button on a page), an embed's links and, for an image, the
 * full sources and the credit as a footer block. Files are drawn from it; for a page it is where the HTML
 * renderer puts each block, which the layout's properties are checked on. A fixed frame too small for every
 * mark draws the marks that fit and the cue that counts the rest.
 */
export function framedScene(model: ChartModel, size: FrameBounds, medium: Medium, options: FrameOptions = {}): Scene {
  const frame = chartFrame(model, medium, size, options)
  const { pad, gap, type } = frame
  const page = frame.sources.footer === null
  const line = (text: string, x: number, top: number, size: number, anchor: SceneText['anchor']): SceneText => ({
    x,
    y: baselineBelow(top, size),
    text,
    size,
    weight: LINK_WEIGHT,
    anchor,
    tone: 'strong',
  })
  const head = placeBlocks([frame.title, ...(frame.subtitle ? [frame.subtitle] : [])], pad, pad)
  const aside = frame.aside ? [line(frame.aside.text, size.width - pad, pad, frame.aside.size, 'end')] : []
  const plotFrame = { width: frame.plot.width, height: frame.plot.height ?? (page ? cardHeight(model) : null), type }
  let chart = model.layout(plotFrame)
  const cue: SceneText[] = []
  const plotHeight = frame.plot.height
  if (plotHeight !== null && (medium === 'embed' || medium === 'slide') && chart.height > plotHeight + 0.5) {
    // As a page does: the marks that fit above a strip for the cue, and the cue counting the rest.
    const strip = type.source * LEADING + type.base * 0.5
    const cut = cutChart(model, plotFrame, plotHeight - strip)
    chart = { ...cut.scene, height: plotHeight }
    cue.push(
      line(
        moreCue(cut.hidden),
        size.width - pad,
        frame.plot.y + plotHeight - strip / 2 - (type.source * LEADING) / 2,
        type.source,
        'end',
      ),
    )
  }
  const placed = translateScene(chart, pad, frame.plot.y)
  // Under the plot, each block a gap below the last, as a page stacks them.
  const under = [...(frame.context?.map((c) => c.block) ?? []), ...(frame.source ? [frame.source] : [])]
  const after = placeBlocks(under, pad, frame.plot.y + chart.height + gap, gap)
  let y = frame.plot.y + chart.height + gap + after.height
  if (page && frame.source) {
    // The Sources button ends the source's last line, or starts a line of its own where the frame gave it one.
    const last = frame.source.lines.at(-1) ?? ''
    const lineHeight = frame.source.size * LEADING
    const ownLine = frame.source.height > frame.source.lines.length * lineHeight
    const x = ownLine ? pad : pad + textWidth(`${last} `, frame.source.size)
    after.texts.push(line(SOURCES_BUTTON.closed, x, y - lineHeight, frame.source.size, 'start'))
  }
  if (frame.links) {
    const { size: linkSize } = frame.links
    for (const item of flowItems(frame.links.items, frame.plot.width * PAGE_WRAP, linkSize, linkSize * LINKS_GAP))
      after.texts.push(line(item.text, pad + item.x, y + gap + item.line * linkSize * LEADING, linkSize, 'start'))
    y += gap + frame.links.height
  }
  const footer = frame.sources.footer ? placeBlocks(frame.sources.footer, pad, y + gap, gap * 0.5) : null
  if (footer) y += gap + footer.height
  return roundScene({
    width: size.width,
    height: Math.max(size.height ?? 0, y + pad),
    marks: placed.marks,
    texts: [...head.texts, ...aside, ...placed.texts, ...cue, ...after.texts, ...(footer?.texts ?? [])],
    rules: placed.rules,
    swatches: placed.swatches,
  })
}
