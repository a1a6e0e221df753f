import type JSZip from 'jszip'

/** The id an axis element declares: the first <c:axId> inside it. */
const AXIS = /<c:(?:catAx|valAx|serAx|dateAx)>\s*<c:axId val="(\d+)"\/>/g
const PLOT = /<c:(barChart|lineChart)>[\s\S]*?<\/c:\1>/g
const AXIS_REFERENCE = /<c:axId val="(\d+)"\/>/g

/**
 * A chart part with the axis references that point at no axis removed.
 * pptxgenjs 4.0.1 gives every 2D bar and line chart a third, orphan axis id
 * (gitbrent/PptxGenJS#1534): invalid against the chart schema, and PowerPoint
 * asks to repair every such file. Everything else is left as written.
 */
export function withoutOrphanAxisIds(xml: string): string {
  const declared = new Set([...xml.matchAll(AXIS)].map((m) => m[1]))
  return xml.replace(PLOT, (plot) => plot.replace(AXIS_REFERENCE, (ref, id: string) => (declared.has(id) ? ref : '')))
}

/** Applies withoutOrphanAxisIds to every chart part of a deck. */
export async function fixAxisIds(zip: JSZip): Promise<void> {
  const charts = Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
  for (const name of charts) zip.file(name, withoutOrphanAxisIds(await zip.file(name)!.async('string')))
}
