import Papa from 'papaparse'

/** A CSV cell: text, a number, a flag, or empty (null). */
export type CsvCell = string | number | boolean | null

const CRLF = '\r\n'
// Excel and LibreOffice open a CSV as UTF-8 only when it starts with a byte order mark;
// without it the curly quotes of vague values turn into mojibake.
const BYTE_ORDER_MARK = '\ufeff'

/**
 * Rows as a CSV file's text, the one way every CSV of the project is written: UTF-8 with a byte order mark,
 * RFC 4180 (CRLF between records, fields with commas, quotes or line breaks quoted), the header row in
 * `columns` order even when there are no rows. Text a spreadsheet would run as a formula (starting with =,
 * +, -, @, tab or CR) is prefixed with an apostrophe; numbers and flags are written as they are.
 */
export function csvText<Column extends string>(
  columns: readonly Column[],
  rows: readonly Readonly<Record<Column, CsvCell>>[],
): string {
  const text = Papa.unparse(
    { fields: [...columns], data: rows.map((row) => columns.map((column) => row[column] ?? '')) },
    { escapeFormulae: true, newline: CRLF },
  )
  // No line break after the last record (RFC 4180 allows either): a trailing empty line makes parsers
  // that guess the delimiter (papaparse, Python's csv.Sniffer) count the comma rows as uneven and pick
  // the ";" or "|" inside the quotes instead. papaparse ends a header-only file with one.
  return BYTE_ORDER_MARK + (text.endsWith(CRLF) ? text.slice(0, -CRLF.length) : text)
}
