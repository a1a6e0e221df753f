import type { PaletteTheme } from '../../config/palette.ts'
import type { ChartModel } from '../charts/index.ts'
import type { QuotedDataset } from '../../domain/evidence-index.ts'
import { chartCsv } from './chart-csv.ts'
import { chartImageSvg } from './chart-image.tsx'
import { retina, SLIDE, svgToPng } from './chart-png.ts'
import { downloadBlob } from './download.ts'
import { embeddedFontFaces } from './embedded-fonts.ts'
import type { ExportKind } from './export-kinds.ts'
import { deckFileName, exportFileName } from './file-names.ts'
import { renderSvgMarkup } from './render-svg.ts'

export interface ExportInput {
  model: ChartModel
  /** The dataset and its quotes (the CSV and the speaker notes carry them). */
  sources: QuotedDataset
  theme: PaletteTheme
  /** The chart's width on screen, for the 2× PNG and the SVG: the reader's own layout, sharper. */
  width: number
  /** The chart's live page, credited in images. */
  link?: string
}

export interface ExportFile {
  blob: Blob
  fileName: string
}

// Narrower than a phone's card, a chart still has room for every label.
const MIN_IMAGE_WIDTH = 320

/** The file a chart exports to. Images are laid out afresh for their size, never copied from the screen. */
export async function exportFile(
  kind: ExportKind,
  { model, sources, theme, width, link }: ExportInput,
): Promise<ExportFile> {
  if (kind === 'csv') return { blob: chartCsv(model, sources), fileName: exportFileName(model, 'csv') }
  if (kind === 'pptx') {
    const fileName = exportFileName(model, 'pptx')
    return { blob: await deckFile([model], sources, theme, model.title), fileName }
  }
  const fontFaces = await embeddedFontFaces()
  if (kind === 'png-slide') {
    const image = chartImageSvg(model, { ...SLIDE, medium: 'slide', theme, fontFaces, link }, renderSvgMarkup)
    return { blob: await svgToPng(image.svg, image, SLIDE, null), fileName: exportFileName(model, 'png', 'slide') }
  }
  const image = chartImageSvg(
    model,
    { width: Math.max(MIN_IMAGE_WIDTH, Math.round(width)), height: null, medium: 'image', theme, fontFaces, link },
    renderSvgMarkup,
  )
  if (kind === 'svg') {
    return { blob: new Blob([image.svg], { type: 'image/svg+xml' }), fileName: exportFileName(model, 'svg') }
  }
  const png = await svgToPng(image.svg, image, retina(image), null)
  return { blob: png, fileName: exportFileName(model, 'png', '2x') }
}

/** A PowerPoint deck of `models`, with the deck code (and pptxgenjs) loaded only now. */
async function deckFile(models: readonly ChartModel[], sources: QuotedDataset, theme: PaletteTheme, title: string) {
  const { chartDeck } = await import('./pptx/chart-deck.ts')
  return chartDeck(models, sources, theme, title)
}

/** The deck of every chart in `models` (presentation mode's, in deck order), named for its filters. */
export async function deckExport(
  models: readonly ChartModel[],
  sources: QuotedDataset,
  theme: PaletteTheme,
): Promise<ExportFile> {
  return {
    blob: await deckFile(models, sources, theme, 'Cloud market dashboard'),
    fileName: deckFileName(models[0]?.scope),
  }
}

/** Builds the deck and downloads it; returns the file name. */
export async function runDeckExport(models: readonly ChartModel[], sources: QuotedDataset, theme: PaletteTheme) {
  const { blob, fileName } = await deckExport(models, sources, theme)
  downloadBlob(blob, fileName)
  return fileName
}

/** Builds the requested file for a chart and downloads it; returns the file name. */
export async function runExport(kind: ExportKind, input: ExportInput): Promise<string> {
  const { blob, fileName } = await exportFile(kind, input)
  downloadBlob(blob, fileName)
  return fileName
}
