import type JSZip from 'jszip'

// pptxgenjs writes a slide's notes as one run, its lines joined by CRLF inside one <a:t>.
const NOTES_RUN =
  /<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([^<]*)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/
// What is left without a typeface of its own: the notes page's slide number.
const BARE_RUN = /<a:rPr lang="en-US"\/>/g
// The notes' placeholder on a notes page, which takes the master's box unless given its own.
const NOTES_BOX = /(<p:ph type="body" idx="1"\/><\/p:nvPr><\/p:nvSpPr>)<p:spPr\/>/

const EMU_PER_POINT = 12700

/**
 * The notes' box on a printed notes page (7.5 × 10 in), in points: under the slide's picture, as wide as
 * it, down to half an inch above the page's foot (the master's box stops at 8.75 in). Its text is set
 * at NOTES_SIZE inside insets of 0.1 in left and right, 0.05 in at top and bottom.
 */
export const NOTES_BOX_POINTS = { x: 54, y: 346.5, w: 432, h: 337.5, insetX: 7.2, insetY: 3.6 } as const
export const NOTES_SIZE = 12

/**
 * A notes part with each line of its notes a paragraph of its own, every run naming `font` and its
 * size (PowerPoint shows a line break inside a run as a box; a run without a typeface or size takes
 * whatever the viewer's defaults are, LibreOffice's 20 pt), in a box that holds them on a notes page.
 */
function notesWithParagraphs(xml: string, font: string): string {
  const size = `sz="${NOTES_SIZE * 100}"`
  const props = `<a:rPr lang="en-US" ${size} dirty="0"><a:latin typeface="${font}"/><a:cs typeface="${font}"/></a:rPr>`
  const end = `<a:endParaRPr lang="en-US" ${size} dirty="0"><a:latin typeface="${font}"/></a:endParaRPr>`
  const { x, y, w, h } = NOTES_BOX_POINTS
  const emu = (points: number) => Math.round(points * EMU_PER_POINT)
  const box = `<p:spPr><a:xfrm><a:off x="${emu(x)}" y="${emu(y)}"/><a:ext cx="${emu(w)}" cy="${emu(h)}"/></a:xfrm></p:spPr>`
  return xml
    .replace(NOTES_BOX, (_, placeholder: string) => placeholder + box)
    .replace(NOTES_RUN, (_, text: string) =>
      text
        .split(/\r?\n/)
        .map((line) => (line ? `<a:p><a:r>${props}<a:t>${line}</a:t></a:r></a:p>` : `<a:p>${end}</a:p>`))
        .join(''),
    )
    .replace(BARE_RUN, props)
}

/** Applies notesWithParagraphs to every notes part of a deck. */
export async function writeNotesParagraphs(zip: JSZip, font: string): Promise<void> {
  const notes = Object.keys(zip.files).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
  for (const name of notes) zip.file(name, notesWithParagraphs(await zip.file(name)!.async('string'), font))
}
