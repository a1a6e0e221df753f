import type JSZip from 'jszip'
import { chartWorkbook } from './chart-sheet.ts'
import { chartXml, type ChartStyle } from './chart-xml.ts'
import type { DeckChart } from './deck-chart.ts'

/** A slide's native chart as the deck means it: its table and how it is drawn. */
export interface SlideChart {
  /** The slide's number, from 1. */
  slide: number
  chart: DeckChart
  style: ChartStyle
}

const attribute = (xml: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1]

/** The part a relationship of `rels` of the given type points at, and its id. */
function related(rels: string, type: string): { id: string; target: string } {
  const rel = [...rels.matchAll(/<Relationship [^>]*\/>/g)].map((m) => m[0]).find((r) => r.includes(`/${type}"`))
  const id = rel && attribute(rel, 'Id')
  const target = rel && attribute(rel, 'Target')
  if (!id || !target) throw new Error(`No ${type} relationship in ${rels.slice(0, 80)}…`)
  return { id, target }
}

/** "../embeddings/x.xlsx" from ppt/charts/, or "/ppt/charts/chart1.xml": a part's name in the zip. */
const partName = (target: string, from: string) =>
  target.startsWith('/') ? target.slice(1) : new URL(target, `file:///${from}`).pathname.slice(1)

const read = (zip: JSZip, name: string) => {
  const file = zip.file(name)
  if (!file) throw new Error(`The deck has no part ${name}`)
  return file.async('string')
}

/**
 * Writes each slide's chart part and its embedded workbook from the chart's tidy table, over the
 * placeholders pptxgenjs wrote: pptxgenjs lays out the deck, its slides and their relationships; the
 * chart and its sheet are ours, so the sheet is a table and the chart reads it (decision 0018).
 */
export async function writeChartParts(zip: JSZip, charts: readonly SlideChart[]): Promise<void> {
  for (const { slide, chart, style } of charts) {
    const slideRels = await read(zip, `ppt/slides/_rels/slide${slide}.xml.rels`)
    const chartPart = partName(related(slideRels, 'chart').target, `ppt/slides/slide${slide}.xml`)
    const chartRels = await read(zip, chartPart.replace(/([^/]+)$/, '_rels/$1.rels'))
    const sheet = related(chartRels, 'package')
    zip.file(chartPart, chartXml(chart, style, sheet.id))
    zip.file(partName(sheet.target, chartPart), await chartWorkbook(chart))
  }
}
