import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import { DECK_FONT } from '../../../config/fonts.ts'
import { PALETTE, type PaletteTheme } from '../../../config/palette.ts'
import type { ChartModel, TextBlock } from '../../charts/index.ts'
import { chartFrame, LEADING } from '../../charts/index.ts'
import type { QuotedDataset } from '../../../domain/evidence-index.ts'
import { fixAxisIds } from './axis-ids.ts'
import { nativeBars, type NativeBarChart } from './native-bars.ts'
import { speakerNotes } from './speaker-notes.ts'
import { deckKey, deckShortSource } from './slide-text.ts'

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

/** PowerPoint's default 16:9 slide, in inches. */
const DECK_SIZE = { width: 13.333, height: 7.5 } as const

const hex = (color: string) => color.replace('#', '').toUpperCase()

/** The chart's options: company colours per series, labels at the bar ends, the app's fixed scale. */
function chartOptions(chart: NativeBarChart, theme: PaletteTheme, box: PptxGenJS.PositionProps): PptxGenJS.IChartOpts {
  const p = PALETTE[theme]
  const labelSize = chart.categories.length > 8 ? 11 : 14
  return {
    ...box,
    barDir: chart.direction,
    barGrouping: 'clustered',
    // Every series has a figure in one category only: overlapping them fully centres each bar in its own.
    barOverlapPct: 100,
    barGapWidthPct: 60,
    chartColors: chart.series.map((s) => s.color),
    showValue: false,
    showSerName: true,
    dataLabelPosition: 'outEnd',
    dataLabelFontFace: DECK_FONT.face,
    dataLabelFontSize: labelSize,
    dataLabelColor: hex(p.text),
    showLegend: false,
    catAxisLabelFontFace: DECK_FONT.face,
    catAxisLabelFontSize: labelSize,
    catAxisLabelColor: hex(p.text),
    catAxisLineColor: hex(p.axis),
    catAxisMajorTickMark: 'none',
    valAxisMinVal: 0,
    valAxisMaxVal: chart.axis.max,
    valAxisMajorUnit: chart.axis.major,
    valAxisLabelFormatCode: chart.axis.format,
    valAxisLabelFontFace: DECK_FONT.face,
    valAxisLabelFontSize: 12,
    valAxisLabelColor: hex(p.axis),
    valAxisLineShow: false,
    valGridLine: { color: hex(p.grid), size: 0.75, style: 'solid' },
    altText: chart.series
      .map((s) => s.name)
      .filter(Boolean)
      .join(', '),
  }
}

const POINTS_PER_INCH = 72
/** The slide in points: the frame is laid out in them, so its sizes are the deck's font sizes. */
const SLIDE_POINTS = { width: DECK_SIZE.width * POINTS_PER_INCH, height: DECK_SIZE.height * POINTS_PER_INCH }
const inches = (points: number) => points / POINTS_PER_INCH
// PowerPoint sets lines at 1.2 × the size; the frame measures at its own leading, a little more.
const LINE_SPACING = 1.2

function addChartSlide(deck: PptxGenJS, model: ChartModel, sources: QuotedDataset, theme: PaletteTheme): void {
  const { index } = sources
  const p = PALETTE[theme]
  const slide = deck.addSlide()
  slide.background = { color: hex(p.surface) }
  const base = { fontFace: DECK_FONT.face, margin: 0, valign: 'top', lineSpacingMultiple: LINE_SPACING } as const
  const tones = { strong: hex(p.text), muted: hex(p.axis) }
  const frame = chartFrame(model, 'slide', SLIDE_POINTS)
  const x = inches(frame.pad)
  const w = inches(frame.plot.width)
  /** A frame block as a text box at `top` points; returns the points below it. */
  const put = (block: TextBlock, top: number, text = block.text) => {
    slide.addText(text, {
      ...base,
      color: tones[block.tone],
      x,
      y: inches(top),
      w,
      h: inches(block.height),
      fontSize: block.size,
      bold: block.weight === 700,
    })
    return top + block.height
  }
  const titleBottom = put(frame.title, frame.pad)
  if (frame.subtitle) put(frame.subtitle, titleBottom)

  const firstBar = model.bars.input.items[0]?.bars[0]
  const unit = (firstBar && index.factById.get(firstBar.factId)?.value.unit) ?? 'people'
  const chart = nativeBars(model.bars, theme, unit)
  // The frame's key names the marks as the page draws them; the native chart draws them its own way.
  const key = deckKey(chart)
  // Text below the chart, bottom up: the short source (the full sources are in the notes), context, key.
  const bottom = SLIDE_POINTS.height - frame.pad * 0.5
  const sourceTop = bottom - (frame.source?.height ?? 0)
  const contextBlocks = frame.context?.map((c) => c.block) ?? []
  const contextTop = sourceTop - frame.gap * 0.5 - contextBlocks.reduce((h, b) => h + b.height, 0)
  const keyHeight = key.length * frame.key.size * LEADING
  const keyTop = contextTop - (key.length ? frame.gap * 0.5 : 0) - keyHeight
  const chartBox = { x, y: inches(frame.plot.y), w, h: inches(keyTop - frame.gap - frame.plot.y) }

  slide.addChart(
    deck.ChartType.bar,
    chart.series.map((s) => ({ name: s.name, labels: chart.categories, values: s.values })),
    chartOptions(chart, theme, chartBox),
  )
  if (key.length)
    slide.addText(key.join('\n'), {
      ...base,
      color: tones.muted,
      x,
      y: inches(keyTop),
      w,
      h: inches(keyHeight),
      fontSize: frame.key.size,
    })
  contextBlocks.reduce((top, b) => put(b, top), contextTop)
  if (frame.source) put(frame.source, sourceTop, deckShortSource(model, frame.source.text))
  slide.addNotes(speakerNotes(model, sources))
}

/**
 * A PowerPoint deck, one slide per chart in the order given: a native bar
 * chart (its data in the embedded sheet) in the company colours, and the
 * chart's frame as slide text (title, filter-aware subtitle, key, context
 * figures, short source), with talking points, the full sources and the
 * evidence for every value in the speaker notes. Charts with nothing
 * to draw are left out. Pure: the same inputs give the same slides.
 */
export async function chartDeck(
  models: readonly ChartModel[],
  sources: QuotedDataset,
  theme: PaletteTheme,
  title: string,
): Promise<Blob> {
  const deck = new PptxGenJS()
  deck.layout = 'LAYOUT_WIDE'
  deck.theme = { headFontFace: DECK_FONT.fallback, bodyFontFace: DECK_FONT.fallback }
  deck.title = title
  for (const model of models) if (model.empty === null) addChartSlide(deck, model, sources, theme)
  const zip = await JSZip.loadAsync((await deck.write({ outputType: 'arraybuffer' })) as ArrayBuffer)
  await fixAxisIds(zip)
  return zip.generateAsync({ type: 'blob', mimeType: PPTX_TYPE, compression: 'DEFLATE' })
}
