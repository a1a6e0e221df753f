import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import { DECK_FONT } from '../../../config/fonts.ts'
import type { PaletteTheme } from '../../../config/palette.ts'
import type { ChartModel } from '../../charts/index.ts'
import type { QuotedDataset } from '../../../domain/evidence-index.ts'
import { writeChartParts, type SlideChart } from './chart-parts.ts'
import { deckChart } from './deck-chart.ts'
import { writeNotesParagraphs } from './notes-paragraphs.ts'
import { quotesSlides } from './quotes-appendix.ts'
import { chartSlideLayout } from './slide-layout.ts'
import { renderChartSlide, renderColumnsSlide } from './slide-render.ts'
import { speakerNotes } from './speaker-notes.ts'

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

/**
 * A PowerPoint deck, one slide per chart in the order given, then the quotes: each chart slide has
 * a native bar chart drawn from the tidy table in its embedded sheet, in the company colours, with the
 * chart's frame as slide text (title, filter-aware subtitle, key, context figures, short source) and
 * speaker notes that open with talking points; the appendix gathers every quote behind the figures.
 * All text is set in Arial and laid out measured in it. Charts with nothing to draw are left out.
 * Pure: the same inputs give the same slides.
 */
export async function chartDeck(
  models: readonly ChartModel[],
  sources: QuotedDataset,
  theme: PaletteTheme,
  title: string,
): Promise<Blob> {
  const deck = new PptxGenJS()
  deck.layout = 'LAYOUT_WIDE'
  deck.theme = { headFontFace: DECK_FONT.face, bodyFontFace: DECK_FONT.face }
  deck.title = title
  const drawn = models.filter((m) => m.empty === null)
  const appendix = quotesSlides(
    drawn.map((model, i) => ({ slide: i + 1, model })),
    sources,
  )
  const charts: SlideChart[] = drawn.map((model, i) => {
    const chart = deckChart(model, theme, sources.index)
    const { slide, style } = renderChartSlide(deck, chartSlideLayout(model, chart), chart, model.summary, theme)
    slide.addNotes(speakerNotes(model, sources.index, appendix.length ? drawn.length + 1 : null))
    return { slide: i + 1, chart, style }
  })
  for (const page of appendix) renderColumnsSlide(deck, page.texts, page.columns, theme).addNotes(page.notes)
  const zip = await JSZip.loadAsync((await deck.write({ outputType: 'arraybuffer' })) as ArrayBuffer)
  await writeChartParts(zip, charts)
  await writeNotesParagraphs(zip, DECK_FONT.face)
  return zip.generateAsync({ type: 'blob', mimeType: PPTX_TYPE, compression: 'DEFLATE' })
}
