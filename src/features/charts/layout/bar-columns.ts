import { textWidth, wrapText } from '../../../lib/text-width.ts'
import { markOf } from './bar-rows.ts'
import { barMetrics, type BarChartInput, type BarSpec } from './bars.ts'
import { baselineBelow, type Scene, type SceneMark, type SceneText } from './scene.ts'
import type { TypeLadder } from './type-ladder.ts'
import { axisTicks, leftAxis, linearScale } from './value-axis.ts'

const CATEGORY_GAP = 0.3
const MAX_LINES_PER_PART = 3

/** The words that must fit above or under a bar: its value, qualifier and caption. */
function barWords(bar: BarSpec, slot: number, type: TypeLadder) {
  if (textWidth(bar.value, type.value, 700) > slot) return null
  const note = bar.note ? wrapText(bar.note, slot, type.axis) : []
  const caption = bar.caption ? wrapText(bar.caption, slot, type.label) : []
  if ([...note, ...caption].some((line) => textWidth(line, type.axis) > slot) || note.length > 2) return null
  return { note, caption }
}

/**
 * Vertical bars, one column per item, with the value over each bar and the
 * item's label under it. Returns null when a label or value does not fit its
 * column at this width (or the plot would be too short), so the caller can
 * lay the chart out as rows instead of overlapping or dropping text.
 */
export function barColumns(input: BarChartInput, width: number, height: number | null, type: TypeLadder): Scene | null {
  const m = barMetrics(type)
  const tickFormat = input.formatTick
  const axisWidth = input.axis ? textWidth(tickFormat(input.domainMax * 10), type.axis) + type.wordBase * 0.5 : 0
  const plotLeft = axisWidth
  const plotWidth = width - plotLeft
  const slot = plotWidth / Math.max(1, input.items.length)
  const inner = slot * (1 - CATEGORY_GAP)
  const words = input.items.map((item) => {
    // A lone bar's words may use its whole column; side-by-side bars share it.
    const perBar = item.bars.length === 1 ? slot - type.base * 0.5 : inner / item.bars.length - 2
    const bars = item.bars.map((b) => barWords(b, perBar, type))
    const label = item.label.map((part) => wrapText(part, slot - 4, type.label))
    const fits =
      bars.every((b) => b !== null) &&
      label.every(
        (lines) => lines.length <= MAX_LINES_PER_PART && lines.every((l) => textWidth(l, type.label) <= slot - 4),
      )
    return fits ? { bars: bars as NonNullable<(typeof bars)[number]>[], label: label.flat() } : null
  })
  if (words.some((w) => w === null)) return null
  const ok = words as NonNullable<(typeof words)[number]>[]

  const noteLines = Math.max(0, ...ok.flatMap((w) => w.bars.map((b) => b.note.length)))
  const captionLines = Math.max(0, ...ok.flatMap((w) => w.bars.map((b) => b.caption.length)))
  const labelLines = Math.max(0, ...ok.map((w) => w.label.length))
  const over = m.valueLine + noteLines * type.axis * 1.25 + type.base * 0.25
  const under = type.wordBase * 0.375 + captionLines * m.labelLine + labelLines * m.labelLine
  const minPlot = type.base * 3
  const preferred = type.base * 11
  const plotHeight = height === null ? preferred : Math.max(minPlot, height - over - under)
  if (height !== null && height - over - under < minPlot) return null
  const plotTop = over
  const plotBottom = over + plotHeight

  const { top, ticks } = axisTicks(input.domainMax, plotHeight, m.tickLine * 2.5)
  const y = linearScale(top, plotBottom, plotTop)
  const marks: SceneMark[] = []
  const texts: SceneText[] = []
  input.items.forEach((item, i) => {
    const { bars, label } = ok[i]
    const slotLeft = plotLeft + i * slot
    const barWidth = Math.min(inner / item.bars.length, type.base * 6)
    const groupLeft = slotLeft + (slot - barWidth * item.bars.length) / 2
    item.bars.forEach((bar, k) => {
      const cx = groupLeft + barWidth * (k + 0.5)
      const yTop = bar.shape === 'open' ? plotBottom : y(bar.to)
      const yBottom = y(bar.from)
      const diameter = Math.min(barWidth, type.base)
      const box =
        bar.shape === 'open'
          ? { x: cx - diameter / 2, y: plotBottom - diameter - 2, width: diameter, height: diameter }
          : {
              x: groupLeft + barWidth * k + 1,
              y: Math.min(yTop, yBottom - 1),
              width: barWidth - 2,
              height: Math.max(1, yBottom - yTop),
            }
      marks.push({ ...markOf(bar), box })
      // The value and its qualifier stacked above the mark.
      const lines = bars[k].note
      const valueBaseline = box.y - type.base * 0.25 - lines.length * type.axis * 1.25 - m.valueLine * 0.25
      texts.push({
        factId: bar.factId,
        x: cx,
        y: valueBaseline,
        text: bar.value,
        size: type.value,
        weight: 700,
        anchor: 'middle',
        tone: 'strong',
      })
      lines.forEach((line, n) =>
        texts.push({
          factId: bar.factId,
          x: cx,
          y: valueBaseline + (n + 1) * type.axis * 1.25,
          text: line,
          size: type.axis,
          weight: 400,
          anchor: 'middle',
          tone: 'muted',
        }),
      )
      bars[k].caption.forEach((line, n) =>
        texts.push({
          x: cx,
          y: baselineBelow(plotBottom + type.wordBase * 0.375 + n * m.labelLine, type.label),
          text: line,
          size: type.label,
          weight: 400,
          anchor: 'middle',
          tone: 'muted',
        }),
      )
    })
    label.forEach((line, n) =>
      texts.push({
        x: slotLeft + slot / 2,
        y: baselineBelow(plotBottom + type.wordBase * 0.375 + (captionLines + n) * m.labelLine, type.label),
        text: line,
        size: type.label,
        weight: 400,
        anchor: 'middle',
        tone: 'strong',
      }),
    )
  })
  const axis = input.axis
    ? leftAxis({ ticks, y, left: plotLeft, right: width, type, format: tickFormat })
    : { texts: [], rules: [{ x1: plotLeft, x2: width, y1: plotBottom, y2: plotBottom, tone: 'axis' as const }] }
  return {
    width,
    height: height ?? plotBottom + under,
    marks,
    texts: [...texts, ...axis.texts],
    rules: axis.rules,
    swatches: [],
  }
}
