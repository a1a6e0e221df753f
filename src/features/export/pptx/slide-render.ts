import type PptxGenJS from 'pptxgenjs'
import { DECK_FONT } from '../../../config/fonts.ts'
import { PALETTE, type PaletteTheme } from '../../../config/palette.ts'
import { LEADING } from '../../charts/index.ts'
import type { ChartStyle } from './chart-xml.ts'
import type { DeckChart } from './deck-chart.ts'
import type { AppendixColumn } from './quotes-appendix.ts'
import type { ChartSlideLayout, SlideText } from './slide-layout.ts'

const POINTS_PER_INCH = 72
const inches = (points: number) => points / POINTS_PER_INCH
const hex = (color: string) => color.replace('#', '').toUpperCase()
// A box a little wider than its measured lines: a renderer rounding a width up never wraps a line we fitted.
const SLACK = 2

/** The deck's colours in a theme, as PowerPoint writes them. */
function deckColors(theme: PaletteTheme) {
  const p = PALETTE[theme]
  return { text: hex(p.text), muted: hex(p.axis), axis: hex(p.axis), grid: hex(p.grid), surface: hex(p.surface) }
}

/** Text in the deck's font, no insets, lines exactly `size × LEADING` apart: what the layout measured. */
const textOptions = (size: number, color: string) =>
  ({
    fontFace: DECK_FONT.face,
    fontSize: size,
    color,
    margin: 0,
    valign: 'top',
    lineSpacing: size * LEADING,
  }) as const

function addText(slide: PptxGenJS.Slide, t: SlideText, theme: PaletteTheme): void {
  const colors = deckColors(theme)
  slide.addText(t.lines.join(' '), {
    ...textOptions(t.size, t.tone === 'strong' ? colors.text : colors.muted),
    x: inches(t.x - (t.align === 'center' ? SLACK / 2 : 0)),
    y: inches(t.y),
    w: inches(t.w + SLACK),
    h: inches(t.h),
    bold: t.weight === 700,
    align: t.align,
    ...(t.opaque ? { fill: { color: colors.surface } } : {}),
  })
}

/** A new slide in the theme's colours. */
function addSlide(deck: PptxGenJS, theme: PaletteTheme): PptxGenJS.Slide {
  const slide = deck.addSlide()
  slide.background = { color: deckColors(theme).surface }
  return slide
}

/**
 * A chart slide as laid out: its texts, and a native chart in the chart's box, which pptxgenjs writes
 * as a placeholder for its relationships (writeChartParts writes the chart itself). Returns the chart's style.
 */
export function renderChartSlide(
  deck: PptxGenJS,
  layout: ChartSlideLayout,
  chart: DeckChart,
  summary: string,
  theme: PaletteTheme,
): { slide: PptxGenJS.Slide; style: ChartStyle } {
  const slide = addSlide(deck, theme)
  const { x, y, w, h } = layout.chart
  slide.addChart(
    deck.ChartType.bar,
    [{ name: chart.category, labels: chart.categories, values: chart.categories.map(() => 0) }],
    {
      x: inches(x),
      y: inches(y),
      w: inches(w),
      h: inches(h),
      altText: summary,
    },
  )
  // After the chart, so the words beside its bars are drawn over its grid lines.
  for (const t of layout.texts) addText(slide, t, theme)
  const colors = deckColors(theme)
  return {
    slide,
    style: {
      font: DECK_FONT.face,
      sizes: layout.sizes,
      colors,
      plot: layout.plot,
      legend: layout.legend,
      gapWidth: layout.gapWidth,
    },
  }
}

/** An appendix slide: its texts, and each column of quotes as one text box of paragraphs. */
export function renderColumnsSlide(
  deck: PptxGenJS,
  texts: readonly SlideText[],
  columns: readonly AppendixColumn[],
  theme: PaletteTheme,
): PptxGenJS.Slide {
  const slide = addSlide(deck, theme)
  for (const t of texts) addText(slide, t, theme)
  const colors = deckColors(theme)
  for (const column of columns) {
    slide.addText(
      column.paragraphs.map((p, i) => ({
        text: p.text,
        options: { bold: p.bold, paraSpaceBefore: p.spaceBefore, breakLine: i < column.paragraphs.length - 1 },
      })),
      {
        ...textOptions(column.size, colors.text),
        x: inches(column.x),
        y: inches(column.y),
        w: inches(column.w + SLACK),
        h: inches(column.h),
      },
    )
  }
  return slide
}
