import type { ChartModel } from '../charts/chart-models'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { Theme } from '../url-state/search-params'
import { chartCsv } from './chart-csv'
import { retina, SLIDE, svgToPng } from './chart-png'
import { chartSvg } from './chart-svg'
import { downloadBlob } from './download'
import type { ExportKind } from './export-kinds'
import { exportFileName } from './file-names'

// Exports carry the theme's page colour, so an image pasted on a slide looks as it did on screen.
const BACKGROUNDS = { light: '#ffffff', dark: '#0f172a' } as const satisfies Record<Theme, string>

export interface ExportInput {
  model: ChartModel
  index: DatasetIndex
  theme: Theme
  svg: SVGSVGElement | null
}

/** Builds the requested file for a chart and downloads it; returns the file name. */
export async function runExport(kind: ExportKind, { model, index, theme, svg }: ExportInput): Promise<string> {
  if (kind === 'csv') return save(chartCsv(model, index), exportFileName(model, 'csv'))
  if (!svg) throw new Error('the chart is not drawn yet')
  const composed = chartSvg(svg, {
    title: model.title,
    subtitle: model.subtitle,
    source: model.source,
    background: BACKGROUNDS[theme],
  })
  if (kind === 'svg') {
    return save(new Blob([composed.svg], { type: 'image/svg+xml' }), exportFileName(model, 'svg'))
  }
  const slide = kind === 'png-slide'
  const target = slide ? SLIDE : retina(composed)
  const png = await svgToPng(composed.svg, composed, target, BACKGROUNDS[theme])
  return save(png, exportFileName(model, 'png', slide ? 'slide' : '2x'))
}

function save(blob: Blob, fileName: string): string {
  downloadBlob(blob, fileName)
  return fileName
}
