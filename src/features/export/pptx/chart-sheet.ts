import JSZip from 'jszip'
import { DECK_FONT } from '../../../config/fonts.ts'
import type { DeckChart } from './deck-chart.ts'
import { labelFormat } from './number-formats.ts'
import { columnName, escapeXml } from './xml.ts'

/**
 * Where the chart's table sits in its sheet: the categories in column A under their head, each series
 * in a column of its own from B, one row per category from row 2. The chart part refers to these cells.
 */
export const SHEET = {
  name: 'Sheet1',
  head: (series: number) => `${columnName(series + 1)}1`,
  column: (series: number, rows: number) => `${columnName(series + 1)}2:${columnName(series + 1)}${rows + 1}`,
  categories: (rows: number) => `A2:A${rows + 1}`,
} as const

/** "Sheet1!$B$2:$B$5": a reference as a chart part writes it. */
export const absolute = (range: string) =>
  `${SHEET.name}!${range.replace(/([A-Z]+)(\d+)/g, (_, col: string, row: string) => `$${col}$${row}`)}`

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml'

const text = (ref: string, value: string, style = 0) =>
  `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`
const number = (ref: string, value: number, style: number) => `<c r="${ref}" s="${style}"><v>${value}</v></c>`

// Cell styles: 0 plain, 1 a bold head, then one per series, each in its own number format (from id 164, the first free).
const FIRST_SERIES_STYLE = 2
const FIRST_CUSTOM_FORMAT = 164

function stylesXml(formats: string[]): string {
  const numFmts = formats.map((f, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${escapeXml(f)}"/>`)
  const seriesXfs = formats.map(
    (_, i) =>
      `<xf numFmtId="${FIRST_CUSTOM_FORMAT + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
  )
  const font = (bold: boolean) => `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="${DECK_FONT.face}"/></font>`
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${NS}">` +
    `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` +
    `<fonts count="2">${font(false)}${font(true)}</fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${2 + seriesXfs.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>${seriesXfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  )
}

// A column about as wide as its longest text, in Excel's character widths.
const widthOf = (texts: string[]) => Math.min(60, Math.max(10, ...texts.map((t) => t.length + 2)))

/** The words the chart shows beside its numbers (changes, "not reported", a reading's words), per category. */
function sheetNotes(chart: DeckChart): (string | null)[] {
  return chart.categories.map((_, i) => {
    const words = [
      chart.changes[i],
      chart.unmeasured[i],
      ...chart.series.flatMap((s) => (s.labelFormat === null && s.labels[i] ? [s.labels[i]] : [])),
    ].filter(Boolean)
    return words.length ? words.join('; ') : null
  })
}

function sheetXml(chart: DeckChart): string {
  const rows = chart.categories.length
  const notes = sheetNotes(chart)
  // The words stand apart, after a blank column: the table a chart is drawn from stays a block of numbers.
  const notesColumn = notes.some(Boolean) ? chart.series.length + 2 : null
  const head = [
    text('A1', chart.category, 1),
    ...chart.series.map((s, i) => text(SHEET.head(i), s.name, 1)),
    ...(notesColumn === null ? [] : [text(`${columnName(notesColumn)}1`, 'Notes (not charted)', 1)]),
  ]
  const body = chart.categories.map((category, r) => {
    const row = r + 2
    const cells = [
      text(`A${row}`, category),
      ...chart.series.flatMap((s, i) => {
        const v = s.values[r]
        return v === null ? [] : [number(`${columnName(i + 1)}${row}`, v, FIRST_SERIES_STYLE + i)]
      }),
      ...(notesColumn !== null && notes[r] ? [text(`${columnName(notesColumn)}${row}`, notes[r])] : []),
    ]
    return `<row r="${row}">${cells.join('')}</row>`
  })
  const widths = [
    widthOf([chart.category, ...chart.categories]),
    ...chart.series.map((s) => widthOf([s.name])),
    ...(notesColumn === null ? [] : [8, widthOf(notes.filter((n): n is string => n !== null))]),
  ]
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
  const last = columnName(notesColumn ?? chart.series.length)
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${last}${rows + 1}"/><cols>${cols.join('')}</cols>` +
    `<sheetData><row r="1">${head.join('')}</row>${body.join('')}</sheetData></worksheet>`
  )
}

/**
 * The chart's embedded workbook: one sheet holding its tidy table (categories down column A, one
 * column per series, numbers as numbers in the app's formats, blank cells where there is no figure)
 * and, apart, the words the chart shows beside its numbers. What PowerPoint opens on Edit Data.
 */
export async function chartWorkbook(chart: DeckChart): Promise<Uint8Array> {
  const zip = new JSZip()
  const formats = chart.series.map((s) => labelFormat(chart.unit, s.values, ''))
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/></Types>`,
  )
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  )
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${REL}">` +
      `<sheets><sheet name="${SHEET.name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  )
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  )
  zip.file('xl/styles.xml', stylesXml(formats))
  zip.file('xl/worksheets/sheet1.xml', sheetXml(chart))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
