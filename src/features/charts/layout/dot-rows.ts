import { textWidth } from '../../../lib/text-width.ts'
import { markOf, rowColumns, rowLabelTexts, rowsScene, tickSpacing, valueBlock, valueTexts } from './bar-rows.ts'
import { barMetrics, type BarChartInput, type BarSpec } from './bars.ts'
import { isDirectionShape, type Box, type Scene, type SceneMark, type SceneText } from './scene.ts'
import type { TypeLadder } from './type-ladder.ts'
import { axisTicks, linearScale } from './value-axis.ts'

/** One value in a row's run of values ("31% / 32% → 30%"): what comes before it, its figure and its qualifier. */
type Run = Omit<SceneText, 'x' | 'y'>[]

/**
 * A row's values in reading order, each run kept whole: an arrow between quarters, a slash between two figures
 * for one quarter (the articles disagree), the figure bold and its qualifier ("derived") muted.
 */
function runsOf(levels: BarSpec[], type: TypeLadder): Run[] {
  return levels.map((bar, k) => {
    const text = (t: string, weight: 400 | 700, tone: SceneText['tone'], size: number, factId?: string) => ({
      text: t,
      size,
      weight,
      tone,
      anchor: 'start' as const,
      factId,
    })
    const sep = k === 0 ? null : bar.series === levels[k - 1].series ? '/' : '→'
    return [
      ...(sep ? [text(sep, 400, 'muted', type.value)] : []),
      text(bar.value, 700, 'strong', type.value, bar.factId),
      ...(bar.note ? [text(bar.note, 400, 'muted', type.axis, bar.factId)] : []),
    ]
  })
}

const runWidth = (run: Run, space: number) =>
  run.reduce((w, t, i) => w + (i ? space : 0) + textWidth(t.text, t.size, t.weight), 0)

/** Runs flowed into lines of `width`, a space apart: each run's line and left edge. */
function flowRuns(runs: Run[], width: number, space: number) {
  let line = 0
  let x = 0
  return runs.map((run, i) => {
    const w = runWidth(run, space)
    if (i > 0 && x + space + w > width) {
      line++
      x = 0
    } else if (i > 0) x += space
    const placed = { run, line, x }
    x += w
    return placed
  })
}

/**
 * A dot plot: one row per category (a company), its values in several series (quarters) as points on one line,
 * an earlier series a ring and the latest a dot, joined by a rule (the change between them); the values in
 * words in a column after the plot, in time order. A change the articles state only in words sits under the
 * row's line, as on the bar chart. Labels sit beside the rows when there is room, above them otherwise; given a
 * `height`, rows spread to fill it.
 */
export function dotRows(input: BarChartInput, width: number, height: number | null, type: TypeLadder): Scene {
  const m = barMetrics(type)
  const sizing = input.sizing ?? input.items
  const space = textWidth(' ', type.value, 700)
  const levelsOf = (bars: BarSpec[]) => bars.filter((b) => !isDirectionShape(b.shape))
  const naturalRun = (bars: BarSpec[]) => {
    const runs = runsOf(levelsOf(bars), type)
    return runs.reduce((w, r, i) => w + (i ? space : 0) + runWidth(r, space), 0)
  }
  const values = Math.max(0, ...sizing.map((i) => naturalRun(i.bars)))
  const { valueWidth, column, side, labels, plotLeft, plotRight, marker, directionWidth } = rowColumns(
    input.items,
    sizing,
    { width, values },
    type,
  )
  const dot = type.base * 0.875
  const valueLine = type.value * 1.25
  const barGap = type.base * 0.25

  const rows = input.items.map((item, i) => {
    const levels = levelsOf(item.bars)
    const placed = flowRuns(runsOf(levels, type), valueWidth, space)
    const lineHeight = Math.max(dot, (placed.length ? placed.at(-1)!.line + 1 : 1) * valueLine)
    const directions = item.bars
      .filter((b) => isDirectionShape(b.shape))
      .map((bar) => {
        const block = valueBlock(bar, directionWidth, type)
        return { bar, block, slot: Math.max(marker, block.height) }
      })
    const body = lineHeight + directions.reduce((h, d) => h + barGap + d.slot, 0)
    const labelHeight = labels[i].length * m.labelLine
    const h = side ? Math.max(labelHeight, body) : labelHeight + m.nameGap / 2 + body
    return { levels, placed, lineHeight, directions, body, labelHeight, h }
  })
  const axisHeight = input.axis ? type.axis * 1.25 + type.wordBase * 0.5 : 0
  const total = (rowGap: number) =>
    rows.reduce((sum, r) => sum + r.h, 0) + rowGap * Math.max(0, rows.length - 1) + axisHeight
  let rowGap = m.gap
  if (height !== null) {
    // What is left spreads the rows, up to two bars' worth between them.
    rowGap = Math.min(
      m.gap + m.barThickness * 2,
      m.gap + Math.max(0, height - total(m.gap)) / Math.max(1, rows.length - 1),
    )
  }
  const plotBottom = total(rowGap) - axisHeight

  const { top, ticks } = axisTicks(input.domainMax, plotRight - plotLeft, tickSpacing(input, type))
  const x = linearScale(top, plotLeft, plotRight)
  const marks: SceneMark[] = []
  const texts: SceneText[] = []
  const joins: Scene['rules'] = []
  const gridSpans: [number, number][] = []
  let y = 0
  input.items.forEach((_, i) => {
    const row = rows[i]
    const bodyTop = side ? y + (row.h - row.body) / 2 : y + row.labelHeight + m.nameGap / 2
    const middle = bodyTop + row.lineHeight / 2
    const labelTop = side ? Math.max(y, middle - row.labelHeight / 2) : y
    texts.push(...rowLabelTexts(labels[i], labelTop, side ? column : null, type))
    gridSpans.push([side ? y : bodyTop, y + row.h])
    // Each value a point at its figure; a reading of words a band; no figure an open circle on the baseline.
    const points = row.levels.map((bar) => {
      const open = Math.min(row.lineHeight, type.base)
      const box: Box =
        bar.shape === 'band'
          ? { x: x(bar.from), y: middle - dot / 2, width: Math.max(x(bar.to) - x(bar.from), 1), height: dot }
          : bar.shape === 'open'
            ? { x: x(0), y: middle - open / 2, width: open, height: open }
            : { x: x(bar.to) - dot / 2, y: middle - dot / 2, width: dot, height: dot }
      marks.push({ ...markOf(bar), box })
      return bar.shape === 'open' ? null : x(bar.shape === 'band' ? (bar.from + bar.to) / 2 : bar.to)
    })
    const xs = points.filter((p) => p !== null)
    if (xs.length > 1) joins.push({ x1: Math.min(...xs), x2: Math.max(...xs), y1: middle, y2: middle, tone: 'axis' })
    const linesTop = middle - ((row.placed.at(-1)?.line ?? 0) + 1) * (valueLine / 2)
    for (const { run, line, x: left } of row.placed) {
      let at = plotRight + m.gap + left
      const baseline = linesTop + line * valueLine + valueLine / 2 + type.value * 0.35
      for (const t of run) {
        texts.push({ ...t, x: at, y: baseline })
        at += textWidth(t.text, t.size, t.weight) + space
      }
    }
    let slotTop = bodyTop + row.lineHeight + barGap
    for (const { bar, block, slot } of row.directions) {
      marks.push({
        ...markOf(bar),
        box: { x: plotLeft, y: slotTop + (slot - marker) / 2, width: marker, height: marker },
      })
      texts.push(
        ...valueTexts(bar, block, plotLeft + marker + m.gap * 0.75, slotTop + slot / 2, type).map((t) => ({
          ...t,
          factId: bar.factId,
        })),
      )
      slotTop += slot + barGap
    }
    y += row.h + rowGap
  })
  const at = { ticks, x, plotBottom, axisHeight, width, height, type }
  return rowsScene(input, at, side ? null : gridSpans, { marks, texts, rules: joins })
}
