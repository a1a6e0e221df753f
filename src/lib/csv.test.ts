import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvText } from './csv.ts'

const COLUMNS = ['label', 'value', 'derived'] as const
const row = (label: string, value: number | null = 24.2e9, derived = false) => ({ label, value, derived })
/** The text after its byte order mark, parsed as a consumer would. */
const parse = (text: string) => Papa.parse<Record<string, string>>(text.slice(1), { header: true })

describe('csvText', () => {
  it('starts with a byte order mark, so spreadsheets read it as UTF-8', () => {
    const bytes = new TextEncoder().encode(csvText(COLUMNS, [row('“several hundred”')]))
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('ends records with CRLF, none after the last, and quotes commas, quotes and line breaks (RFC 4180)', () => {
    const label = 'AWS "core" revenue, excl. credits,\nrestated'
    const text = csvText(COLUMNS, [row(label), row('AWS revenue')])
    expect(text.slice(1).split('\r\n')).toEqual([
      'label,value,derived',
      '"AWS ""core"" revenue, excl. credits,\nrestated",24200000000,false',
      'AWS revenue,24200000000,false',
    ])
    expect(parse(text).data[0]!.label).toBe(label)
  })

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    const [parsed] = parse(csvText(COLUMNS, [row('=HYPERLINK("http://example.com")', -3)])).data
    expect(parsed).toEqual({ label: '\'=HYPERLINK("http://example.com")', value: '-3', derived: 'false' })
  })

  it('writes an empty cell for no value, and the header alone when there are no rows', () => {
    expect(csvText(COLUMNS, [row('unknown', null, true)]).slice(1)).toBe('label,value,derived\r\nunknown,,true')
    expect(csvText(COLUMNS, [])).toBe('\ufefflabel,value,derived')
  })
})
