import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import { DECK_FONT } from '../../../config/fonts'
import { wrapText } from '../../../lib/text-width'
import { PALETTE, type PaletteTheme } from '../../../config/palette'
import type { ChartModel } from '../../charts/definition'
import type { QuotedDataset } from '../../dataset/evidence-index'
import { fixAxisIds } from './axis-ids'
import { nativeBars, type NativeBarChart } from './native-bars'
import { speakerNotes } from './speaker-notes'
import { contextText, deckKey, deckSourceLine } from './slide-text'

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

/** PowerPoint's default 16:9 slide, in inches. */
export const DECK_SIZE = { width: 13.333, height: 7.5 } as const
const MARGIN = 0.5
const WIDTH = DECK_SIZE.width - 2 * MARGIN

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

const SLIDE_HEIGHT = 7.5
const BOTTOM_MARGIN = 0.2
const SOURCE_SIZE = 11
const POINTS_PER_INCH = 72

/** How tall a text box must be for `text` wrapped to `width` inches, at `size` points (1.2 line spacing). */
function textHeightInches(text: string, size: number, width: number): number {
  const lines = wrapText(text, width * POINTS_PER_INCH, size).length
  return (lines * size * 1.2) / POINTS_PER_INCH
}

function addChartSlide(deck: PptxGenJS, model: ChartModel, sources: QuotedDataset, theme: PaletteTheme): void {
  const { index } = sources
  const p = PALETTE[theme]
  const slide = deck.addSlide()
  slide.background = { color: hex(p.surface) }
  const text = { fontFace: DECK_FONT.face, color: hex(p.text), margin: 0, valign: 'top' } as const
  const muted = { ...text, color: hex(p.axis) }

  slide.addText(model.title, { ...text, x: MARGIN, y: 0.35, w: WIDTH, h: 0.6, fontSize: 28, bold: true })
  slide.addText(model.subtitle, { ...muted, x: MARGIN, y: 0.98, w: WIDTH, h: 0.4, fontSize: 16 })

  const firstBar = model.bars.input.items[0]?.bars[0]
  const unit = (firstBar && index.factById.get(firstBar.factId)?.value.unit) ?? 'people'
  const chart = nativeBars(model.bars, theme, unit)
  const key = deckKey(chart)
  const context = contextText(model)
  // Text below the chart, bottom up: the source line (as tall as its wrapped lines), the context figures, the key.
  const sourceText = deckSourceLine(model, index)
  const sourceHeight = textHeightInches(sourceText, SOURCE_SIZE, WIDTH)
  const source = { y: SLIDE_HEIGHT - BOTTOM_MARGIN - sourceHeight, h: sourceHeight }
  const contextBox = { y: source.y - 0.05 - 0.4 * context.length, h: 0.4 * context.length }
  const keyBox = { y: contextBox.y - 0.25 * key.length - (key.length ? 0.1 : 0), h: 0.25 * key.length }
  const chartBox = { x: MARGIN, y: 1.5, w: WIDTH, h: keyBox.y - 0.15 - 1.5 }

  slide.addChart(
    deck.ChartType.bar,
    chart.series.map((s) => ({ name: s.name, labels: chart.categories, values: s.values })),
    chartOptions(chart, theme, chartBox),
  )
  if (key.length) slide.addText(key.join('\n'), { ...muted, x: MARGIN, ...keyBox, w: WIDTH, fontSize: 12 })
  if (context.length) slide.addText(context.join('\n'), { ...text, x: MARGIN, ...contextBox, w: WIDTH, fontSize: 14 })
  slide.addText(sourceText, { ...muted, x: MARGIN, ...source, w: WIDTH, fontSize: SOURCE_SIZE })
  slide.addNotes(speakerNotes(model, sources))
}

/**
 * A PowerPoint deck, one slide per chart in the order given: a native bar
 * chart (its data in the embedded sheet) in the company colours, the title,
 * filter-aware subtitle, key, context figures and source line as slide text,
 * and the evidence for every value in the speaker notes. Charts with nothing
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
