import { textWidth, wrapText } from '../../../lib/text-width.ts'
import { barMetrics, type BarChartInput, type BarItem, type BarSpec } from './bars.ts'
import { baselineBelow, isDirectionShape, type Scene, type SceneMark, type SceneRule, type SceneText } from './scene.ts'
import type { TypeLadder } from './type-ladder.ts'
import { axisTicks, bottomAxis, linearScale } from './value-axis.ts'

// The category labels take at most this share of the width beside the bars; past it they go above.
const MAX_LABEL_SHARE = 0.38
// The words after a bar's end take at most this share; longer ones wrap.
const MAX_VALUE_SHARE = 0.45
// The least share of the width the bars keep with their labels beside them; below it the labels go above.
const MIN_PLOT_SHARE = 0.3
/**
 * Below this share a row chart's labels go above its bars where its height allows (barChartScene tries it first):
 * on a phone's card, bars about twice as long read better than labels beside them.
 */
export const ROOMY_PLOT_SHARE = 0.45

/** The size of a bar's value: a figure's, or a claim's where the articles give it in words. */
const valueSize = (bar: BarSpec, type: TypeLadder) => (bar.kind === 'qualitative' ? type.claim : type.value)

/** A bar's value and qualifier, wrapped to `width`: bold value lines, then muted qualifier lines. */
export function valueBlock(bar: BarSpec, width: number, type: TypeLadder) {
  const size = valueSize(bar, type)
  const whole = `${bar.value}${bar.note ? ` ${bar.note}` : ''}`
  if (textWidth(bar.value, size, 700) + (bar.note ? textWidth(` ${bar.note}`, type.axis) : 0) <= width) {
    return { lines: [{ text: whole, inline: true }], height: size * 1.25 }
  }
  const value = wrapText(bar.value, width, size, 700)
  const note = bar.note ? wrapText(bar.note, width, type.axis) : []
  return {
    lines: [...value.map((text) => ({ text, inline: false })), ...note.map((text) => ({ text, inline: false }))],
    height: value.length * size * 1.25 + note.length * type.axis * 1.25,
    valueLines: value.length,
  }
}

/**
 * Horizontal bars, one row per item, each bar labelled at its end with its
 * value and qualifier (wrapped when long). Category labels sit beside the
 * bars when there is room and above them otherwise, so nothing is cut or
 * dropped at any width. Given a `height`, bars thicken or thin within limits
 * and rows spread to fill it; the scene is taller than `height` only when
 * even the thinnest bars do not fit.
 */
export function barRows(
  given: BarChartInput,
  width: number,
  height: number | null,
  type: TypeLadder,
  plotShare = MIN_PLOT_SHARE,
): Scene {
  const input = captionsAsRows(given)
  const m = barMetrics(type)
  const sizing = input.sizing ? captionsAsRows({ ...input, items: input.sizing }).items : input.items
  const fullValue = (b: BarSpec) =>
    textWidth(b.value, valueSize(b, type), 700) + (b.note ? textWidth(` ${b.note}`, type.axis) : 0)
  // A direction's words run from the start of the plot, under its bar: they size no value column.
  const atBarEnd = (b: BarSpec) => !isDirectionShape(b.shape)
  const values = Math.max(0, ...sizing.flatMap((i) => i.bars.filter(atBarEnd)).map(fullValue))
  const { valueWidth, column, side, labels, plotLeft, plotRight, marker, directionWidth } = rowColumns(
    input.items,
    sizing,
    { width, values },
    type,
    plotShare,
  )
  const blocks = input.items.map((i) =>
    i.bars.map((b) => valueBlock(b, atBarEnd(b) ? valueWidth : directionWidth, type)),
  )

  const axisHeight = input.axis ? type.axis * 1.25 + type.wordBase * 0.5 : 0
  const barGap = type.base * 0.25
  // A bar's slot is as tall as the bar or its value block, whichever is taller.
  // A direction's slot is as tall as its words: it is a marker, not a bar.
  const slotHeight = (item: number, bar: number, thickness: number) =>
    atBarEnd(input.items[item].bars[bar])
      ? Math.max(thickness, blocks[item][bar].height)
      : Math.max(marker, blocks[item][bar].height)
  const barsHeight = (item: number, thickness: number) =>
    input.items[item].bars.reduce((sum, _, k) => sum + slotHeight(item, k, thickness), 0) +
    (input.items[item].bars.length - 1) * barGap
  const rowHeight = (item: number, thickness: number) => {
    const labelHeight = labels[item].length * m.labelLine
    const barsTall = barsHeight(item, thickness)
    return side ? Math.max(labelHeight, barsTall) : labelHeight + m.nameGap / 2 + barsTall
  }
  const total = (thickness: number, rowGap: number) =>
    input.items.reduce((sum, _, i) => sum + rowHeight(i, thickness), 0) +
    rowGap * Math.max(0, input.items.length - 1) +
    axisHeight
  let thickness = m.barThickness
  let rowGap = m.gap
  if (height !== null) {
    // The thickest bar that fits, found by halving (the total grows with thickness, in steps where labels set the floor).
    let lo = m.minBarThickness
    let hi = m.maxBarThickness
    if (total(lo, rowGap) >= height) hi = lo
    for (let step = 0; step < 20 && hi - lo > 0.25; step++) {
      const mid = (lo + hi) / 2
      if (total(mid, rowGap) <= height) lo = mid
      else hi = mid
    }
    thickness = lo
    // What is left spreads the rows, up to two bars' worth between them.
    const rows = Math.max(1, input.items.length - 1)
    rowGap = Math.min(m.gap + m.barThickness * 2, m.gap + Math.max(0, height - total(thickness, m.gap)) / rows)
  }
  const plotBottom = total(thickness, rowGap) - axisHeight

  const { top, ticks } = axisTicks(input.domainMax, plotRight - plotLeft, tickSpacing(input, type))
  const x = linearScale(top, plotLeft, plotRight)
  const marks: SceneMark[] = []
  const texts: SceneText[] = []
  const gridSpans: [number, number][] = []
  let y = 0
  input.items.forEach((item, i) => {
    const lines = labels[i]
    const h = rowHeight(i, thickness)
    // Beside a bar with its direction under it, the name lines up with the bar, not the pair.
    const pairTop = y + (h - barsHeight(i, thickness)) / 2
    const labelTop = !side
      ? y
      : item.bars.length > 1 && item.bars.slice(1).every((b) => isDirectionShape(b.shape))
        ? Math.max(y, pairTop + (slotHeight(i, 0, thickness) - lines.length * m.labelLine) / 2)
        : y + (h - lines.length * m.labelLine) / 2
    texts.push(...rowLabelTexts(lines, labelTop, side ? column : null, type))
    let slotTop = side ? y + (h - barsHeight(i, thickness)) / 2 : y + lines.length * m.labelLine + m.nameGap / 2
    gridSpans.push([side ? y : slotTop, y + h])
    item.bars.forEach((bar, k) => {
      const slot = slotHeight(i, k, thickness)
      const barTop = slotTop + (slot - thickness) / 2
      const x0 = x(bar.from)
      // An open circle stays legible however thin the bars: as tall as its slot allows, up to the base size.
      const diameter = Math.min(slot, type.base)
      const box = isDirectionShape(bar.shape)
        ? { x: plotLeft, y: slotTop + (slot - marker) / 2, width: marker, height: marker }
        : bar.shape === 'open'
          ? { x: x0, y: slotTop + (slot - diameter) / 2, width: diameter, height: diameter }
          : { x: x0, y: barTop, width: Math.max(x(bar.to) - x0, 1), height: thickness }
      marks.push({ ...markOf(bar), box })
      texts.push(
        ...valueTexts(bar, blocks[i][k], box.x + box.width + m.gap * 0.75, slotTop + slot / 2, type).map((t) => ({
          ...t,
          factId: bar.factId,
        })),
      )
      slotTop += slot + barGap
    })
    y += h + rowGap
  })
  const at = { ticks, x, plotBottom, axisHeight, width, height, type }
  return rowsScene(input, at, side ? null : gridSpans, { marks, texts, rules: [] })
}

/**
 * Where a row chart's parts go across `width`, given the width its widest values take after the plot: their
 * column (wrapped past a share of the width), the label column (beside the marks when the plot keeps enough room,
 * else the labels go above them), the plot's edges, and the room for a change's words from the plot's start.
 */
export function rowColumns(
  items: BarItem[],
  sizing: BarItem[],
  { width, values }: { width: number; values: number },
  type: TypeLadder,
  plotShare = MIN_PLOT_SHARE,
) {
  const m = barMetrics(type)
  const valueWidth = Math.min(values, width * MAX_VALUE_SHARE)
  const valueSpace = valueWidth + m.gap
  const longest = Math.max(0, ...sizing.flatMap((i) => i.label.map((part) => textWidth(part, type.label))))
  const column = Math.min(longest, width * MAX_LABEL_SHARE)
  const side = width - column - m.nameGap - valueSpace >= width * plotShare
  const labels = items.map((i) => i.label.flatMap((part) => wrapText(part, side ? column : width, type.label)))
  const plotLeft = side ? column + m.nameGap : 0
  const marker = type.base * 0.75
  return {
    valueWidth,
    column,
    side,
    labels,
    plotLeft,
    plotRight: Math.max(plotLeft + width * MIN_PLOT_SHARE, width - valueSpace),
    marker,
    directionWidth: width - plotLeft - marker - m.gap * 0.75,
  }
}

/** A row's label lines from `top`: right-aligned at `column` beside the marks, or from the left above them (null). */
export const rowLabelTexts = (lines: string[], top: number, column: number | null, type: TypeLadder): SceneText[] =>
  lines.map((line, k) => ({
    x: column ?? 0,
    y: baselineBelow(top + k * type.label * 1.25, type.label),
    text: line,
    size: type.label,
    weight: 400,
    anchor: column === null ? 'start' : 'end',
    tone: 'strong',
  }))

/**
 * The value axis under the rows, if the chart has one. With labels above the rows (`spans` given), grid lines and
 * the axis line run through the rows' marks only, never through the labels (which start where the axis line is).
 */
function rowsAxis(
  input: BarChartInput,
  at: RowsFrame,
  spans: [number, number][] | null,
): { texts: SceneText[]; rules: SceneRule[] } {
  if (!input.axis) return { texts: [], rules: [] }
  const { ticks, x, plotBottom, width, type } = at
  const axis = bottomAxis({ ticks, x, top: 0, bottom: plotBottom, width, type, format: input.formatTick })
  const rules =
    spans === null
      ? axis.rules
      : axis.rules.flatMap((r) => (r.x1 !== r.x2 ? [r] : spans.map(([y1, y2]) => ({ ...r, y1, y2 }))))
  return { texts: axis.texts, rules }
}

/** Where rows of a bar or dot chart sit: their scale, the bottom of the rows, and the axis under them. */
interface RowsFrame {
  ticks: number[]
  x: (value: number) => number
  plotBottom: number
  axisHeight: number
  width: number
  /** The height asked for, or null to take the rows' own. */
  height: number | null
  type: TypeLadder
}

/** The rows' scene: what they drew, with the value axis under them (see rowsAxis), as tall as asked or as they are. */
export function rowsScene(
  input: BarChartInput,
  at: RowsFrame,
  spans: [number, number][] | null,
  drawn: Pick<Scene, 'marks' | 'texts' | 'rules'>,
): Scene {
  const axis = rowsAxis(input, at, spans)
  return {
    width: at.width,
    height: Math.max(at.height ?? 0, at.plotBottom + at.axisHeight),
    marks: drawn.marks,
    texts: [...drawn.texts, ...axis.texts],
    rules: [...axis.rules, ...drawn.rules],
    swatches: [],
  }
}

/** The value block's lines beside a bar, vertically centred on `middle`. */
export function valueTexts(
  bar: BarSpec,
  block: ReturnType<typeof valueBlock>,
  x: number,
  middle: number,
  type: TypeLadder,
): SceneText[] {
  const [first] = block.lines
  const valueAt = valueSize(bar, type)
  if (first.inline) {
    const baseline = middle + valueAt * 0.35
    const value: SceneText = {
      x,
      y: baseline,
      text: bar.value,
      size: valueAt,
      weight: 700,
      anchor: 'start',
      tone: 'strong',
    }
    if (!bar.note) return [value]
    const noteX = x + textWidth(bar.value, valueAt, 700) + textWidth(' ', type.axis)
    return [
      value,
      { x: noteX, y: baseline, text: bar.note, size: type.axis, weight: 400, anchor: 'start', tone: 'muted' },
    ]
  }
  const valueLines = block.valueLines ?? block.lines.length
  let top = middle - block.height / 2
  return block.lines.map((line, n) => {
    const isValue = n < valueLines
    const size = isValue ? valueAt : type.axis
    const text: SceneText = {
      x,
      y: baselineBelow(top, size),
      text: line.text,
      size,
      weight: isValue ? 700 : 400,
      anchor: 'start',
      tone: isValue ? 'strong' : 'muted',
    }
    top += size * 1.25
    return text
  })
}

/** Bars named under their column (Revenue, Operating profit) become rows of their own, named beside the bar. */
function captionsAsRows(input: BarChartInput): BarChartInput {
  if (!input.items.some((i) => i.bars.some((b) => b.caption))) return input
  const items = input.items.flatMap((item) =>
    item.bars.map((bar, k) => ({
      key: `${item.key}-${k}`,
      label: bar.caption ? [...item.label, bar.caption] : item.label,
      bars: [{ ...bar, caption: undefined }],
    })),
  )
  return { ...input, items }
}

/** Room for one tick label: the widest label the axis could show, and as much again. */
export const tickSpacing = (input: BarChartInput, type: TypeLadder) =>
  textWidth(input.formatTick(input.domainMax * 10), type.axis) * 1.8

export const markOf = (bar: BarSpec): Omit<SceneMark, 'box'> => ({
  factId: bar.factId,
  companyId: bar.companyId,
  kind: bar.kind,
  shape: bar.shape,
  secondary: bar.secondary,
  label: bar.label,
  value: bar.note ? `${bar.value} ${bar.note}` : bar.value,
})
