import type { ChartModel, TextBlock } from '../../charts/index.ts'
import { chartFrame, LEADING } from '../../charts/index.ts'
import type { FontWeight } from '../../../lib/text-width.ts'
import type { Fractions } from './chart-xml.ts'
import type { DeckChart } from './deck-chart.ts'
import { deckText } from './deck-font.ts'
import { deckKey } from './slide-text.ts'

/** PowerPoint's default 16:9 slide, in points: the frame is laid out in them, so its sizes are the deck's font sizes. */
export const SLIDE = { width: 960, height: 540 } as const

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** A text box on a slide, wrapped as Arial sets it; its box is exactly its lines at the frame's leading. */
export interface SlideText extends Box {
  lines: string[]
  size: number
  weight: FontWeight
  tone: 'strong' | 'muted'
  align: 'left' | 'center'
  /** Set on the slide's colour, over the chart's grid lines (the words beside its bars). */
  opaque?: boolean
}

/** Where everything on a chart slide goes, in points. */
export interface ChartSlideLayout {
  texts: SlideText[]
  chart: Box
  /** The plot inside the chart (bars and grid), and the legend's place, as fractions of the chart's box. */
  plot: Fractions
  legend: Fractions | null
  sizes: { label: number; axis: number }
  /** The chart part's gap between categories, in percent of a bar: bars no thicker than the app draws them. */
  gapWidth: number
}

// The gap PowerPoint and LibreOffice leave between a bar's end and its label, and between label and words.
const LABEL_GAP = 6
// The narrowest plot the layout gives way to: a third of the chart's width.
const MIN_PLOT_SHARE = 0.35

const lineHeight = (size: number) => size * LEADING

/** Words set beside a chart's bars: as wide as their widest line, over the grid lines. */
function besideBars(text: SlideText): SlideText {
  const w = Math.max(...text.lines.map((l) => deckText.textWidth(l, text.size)))
  return { ...text, opaque: true, w, x: text.align === 'center' ? text.x + (text.w - w) / 2 : text.x }
}

/** Words wrapped to `width` as a text box at (x, y). */
function textAt(
  text: string,
  box: { x: number; y: number; w: number },
  size: number,
  style: Pick<SlideText, 'weight' | 'tone' | 'align'>,
): SlideText {
  const lines = deckText.wrapText(text, box.w, size, style.weight)
  return { ...box, ...style, lines, size, h: lines.length * lineHeight(size) }
}

/** A frame block re-wrapped to the slide's width in the deck's own font. */
const blockAt = (block: TextBlock, x: number, y: number, w: number) =>
  textAt(block.text, { x, y, w }, block.size, { weight: block.weight, tone: block.tone, align: 'left' })

const widest = (texts: string[], size: number) => Math.max(0, ...texts.map((t) => deckText.textWidth(t, size)))

/** Per category: the top of its tallest bar, its widest figure label, and the words set beside it as slide text. */
function annotations(chart: DeckChart) {
  const drawn = chart.series.filter((s) => s.drawn)
  return chart.categories.map((_, i) => {
    const figures = drawn.flatMap((s) => (s.values[i] !== null && s.labelFormat !== null ? [s.labels[i] ?? ''] : []))
    return {
      value: Math.max(0, ...drawn.map((s) => s.values[i] ?? 0)),
      figure: figures.toSorted((a, b) => b.length - a.length)[0] ?? null,
      // A reading's words, the change the articles state, what is not reported.
      words: [
        ...chart.series.flatMap((s) => (s.role === 'reading-to' && s.labels[i] ? [s.labels[i]] : [])),
        chart.changes[i],
        chart.unmeasured[i],
      ].filter((w): w is string => Boolean(w)),
    }
  })
}

/** Bars left to right (rows): category names on the left, figures and words to the right of each bar. */
function rowsLayout(chart: DeckChart, box: Box, top: number, sizes: ChartSlideLayout['sizes']) {
  const notes = annotations(chart)
  const left = widest(chart.categories, sizes.label) + LABEL_GAP * 2
  const bottom = lineHeight(sizes.axis) + LABEL_GAP
  // The last tick's label is centred on the plot's right edge.
  const right = widest(chart.axis.ticks, sizes.axis) / 2
  const plotH = box.h - top - bottom
  const band = plotH / chart.categories.length
  const line = lineHeight(sizes.label)
  const maxLines = Math.max(1, Math.floor((band * 0.95) / line))
  const room = box.w - left - right
  /** The words after each bar at a plot width, or null when some do not fit in their band. */
  const wordsAt = (plotW: number) => {
    const placed: SlideText[] = []
    for (const [i, note] of notes.entries()) {
      const figure = note.figure ? deckText.textWidth(note.figure, sizes.label) + LABEL_GAP : 0
      const x = left + (plotW * note.value) / chart.axis.max + LABEL_GAP + figure
      if (x > box.w - right) return null
      if (!note.words.length) continue
      const text = textAt(note.words.join('; '), { x: box.x + x, y: 0, w: box.w - x }, sizes.label, {
        weight: 400,
        tone: 'strong',
        align: 'left',
      })
      if (text.lines.length > maxLines || text.w < deckText.textWidth('AWS', sizes.label)) return null
      // Centred on the bar's band, as its figure's label is.
      placed.push(besideBars({ ...text, y: box.y + top + band * (i + 0.5) - text.h / 2 }))
    }
    return placed
  }
  let plotW = room
  let words = wordsAt(plotW)
  while (!words && plotW > box.w * MIN_PLOT_SHARE) words = wordsAt((plotW -= box.w * 0.02))
  return { plot: { x: left, y: top, w: plotW, h: plotH }, texts: words ?? wordsAt(plotW) ?? [] }
}

/** Columns side by side: category names under them, figures above each, words over the figure or the baseline. */
function columnsLayout(chart: DeckChart, box: Box, top: number, sizes: ChartSlideLayout['sizes']) {
  const notes = annotations(chart)
  const left = widest(chart.axis.ticks, sizes.axis) + LABEL_GAP * 2
  const plotW = box.w - left
  const band = plotW / chart.categories.length
  // PowerPoint wraps a category's name to its band; a little narrower here, to be safe.
  const nameLines = Math.max(...chart.categories.map((c) => deckText.wrapText(c, band * 0.9, sizes.label).length))
  const bottom = nameLines * lineHeight(sizes.label) + LABEL_GAP
  const wordsOf = (i: number) =>
    notes[i].words.length
      ? textAt(notes[i].words.join('; '), { x: 0, y: 0, w: band * 0.9 }, sizes.label, {
          weight: 400,
          tone: 'strong',
          align: 'center',
        })
      : null
  const above = notes.map((n, i) => (n.figure ? lineHeight(sizes.label) + LABEL_GAP : 0) + (wordsOf(i)?.h ?? 0))
  // The plot's top leaves room over the tallest column for what is written over it.
  let plotTop = top
  for (let pass = 0; pass < 4; pass++) {
    const plotH = box.h - plotTop - bottom
    plotTop = top + Math.max(0, ...notes.map((n, i) => above[i] + LABEL_GAP - plotH * (1 - n.value / chart.axis.max)))
  }
  const plotH = box.h - plotTop - bottom
  const texts = notes.flatMap((n, i) => {
    const words = wordsOf(i)
    if (!words) return []
    const barTop = plotTop + plotH * (1 - n.value / chart.axis.max)
    const y = barTop - (n.figure ? lineHeight(sizes.label) + LABEL_GAP : LABEL_GAP / 2) - words.h
    return [besideBars({ ...words, x: box.x + left + band * i + band * 0.05, y: box.y + y })]
  })
  return { plot: { x: left, y: plotTop, w: plotW, h: plotH }, texts }
}

/**
 * A chart slide laid out from the chart's frame (its words and type sizes) and measured in the deck's
 * font: the title and subtitle on top; the key, context figures and short source at the foot, bottom
 * up; the native chart between, its plot placed by hand so the words beside its bars (changes, a
 * reading's words, "not reported") and its axis labels have measured room. Pure.
 */
export function chartSlideLayout(model: ChartModel, chart: DeckChart): ChartSlideLayout {
  const frame = chartFrame(model, 'slide', SLIDE)
  const { pad, gap, type } = frame
  const w = SLIDE.width - 2 * pad
  const title = blockAt(frame.title, pad, pad, w)
  const subtitle = frame.subtitle ? blockAt(frame.subtitle, pad, title.y + title.h, w) : null
  const chartTop = (subtitle ?? title).y + (subtitle ?? title).h + type.base * 0.75

  // The foot, bottom up: the short source (the full sources are in the appendix), context figures, the key.
  let bottom = SLIDE.height - pad * 0.5
  const foot: SlideText[] = []
  const stack = (text: SlideText, spacing: number) => {
    const placed = { ...text, y: bottom - text.h }
    bottom = placed.y - spacing
    foot.push(placed)
  }
  if (frame.source) stack(blockAt(frame.source, pad, 0, w), gap * 0.5)
  for (const c of (frame.context ?? []).toReversed()) stack(blockAt(c.block, pad, 0, w), 0)
  if (frame.context?.length) bottom -= gap * 0.5
  for (const line of deckKey(chart).toReversed()) {
    stack(textAt(line, { x: pad, y: 0, w }, type.key, { weight: 400, tone: 'muted', align: 'left' }), 0)
  }
  const box = { x: pad, y: chartTop, w, h: bottom - gap - chartTop }

  const sizes = { label: type.value, axis: type.axis }
  // As thick as the app's bars at most; several measures side by side share their category's band.
  const maxBar = type.base * 2.75
  const perBand = chart.sideBySide ? chart.series.filter((s) => s.drawn).length : 1
  const legendH = chart.series.filter((s) => s.role === 'stated').length > 1 ? lineHeight(sizes.label) + gap : 0
  const { plot, texts } =
    chart.direction === 'bar' ? rowsLayout(chart, box, legendH, sizes) : columnsLayout(chart, box, legendH, sizes)
  const fractions = { x: plot.x / box.w, y: plot.y / box.h, w: plot.w / box.w, h: plot.h / box.h }
  const band = (chart.direction === 'bar' ? plot.h : plot.w) / Math.max(1, chart.categories.length)
  const gapWidth = Math.min(500, Math.max(60, ((band - perBand * maxBar) / maxBar) * 100))
  return {
    texts: [title, ...(subtitle ? [subtitle] : []), ...texts, ...foot.toReversed()],
    chart: box,
    plot: fractions,
    legend: legendH ? { x: fractions.x, y: 0, w: fractions.w, h: legendH / box.h } : null,
    sizes,
    gapWidth,
  }
}
