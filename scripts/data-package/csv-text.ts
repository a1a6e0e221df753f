import Papa from 'papaparse'
import type { Row } from './table-rows.ts'

const CRLF = '\r\n'
// Excel opens a CSV as UTF-8 only when it starts with a byte order mark; without it, curly quotes turn to mojibake.
export const BYTE_ORDER_MARK = '\ufeff'

/**
 * Rows as CSV: UTF-8 with a byte order mark, RFC 4180 (CRLF between records, none after the last),
 * the header row in the schema's field order. Text that a spreadsheet would run as a formula is
 * prefixed with an apostrophe, as in the dashboard's own CSV.
 */
export function csvText(fields: readonly string[], rows: readonly Row[]): string {
  const text = Papa.unparse(
    { fields: [...fields], data: rows.map((row) => fields.map((f) => row[f] ?? '')) },
    { escapeFormulae: true, newline: CRLF },
  )
  return BYTE_ORDER_MARK + (text.endsWith(CRLF) ? text.slice(0, -CRLF.length) : text)
}
