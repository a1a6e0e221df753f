import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHART_IDS, buildChartModel } from '../charts/index.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { QuotedDataset } from '../../domain/evidence-index.ts'
import type { FactRow } from '../../domain/fact-row.ts'
import { csvText } from '../../lib/csv.ts'
import { CSV_COLUMNS, chartCsv, chartCsvRows } from './chart-csv.ts'
import { loadRealQuotedDataset } from '../../domain/real-dataset.test-support.ts'

/** Reads the CSV the way a consumer would, typing back the number and boolean columns. */
function parseCsv(text: string) {
  const parsed = Papa.parse<FactRow>(text.replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: true,
    dynamicTyping: {
      value: true,
      derived: true,
      vague: true,
      year_inferred: true,
      range_min: true,
      range_max: true,
      stated_by: true,
    },
  })
  expect(parsed.errors).toEqual([])
  return parsed
}

let sources: QuotedDataset
let index: DatasetIndex

beforeAll(async () => {
  sources = await loadRealQuotedDataset()
  index = sources.index
})

const model = (id: (typeof CHART_IDS)[number]) => buildChartModel(id, index, index.facts)

describe('chartCsvRows on the real dataset', () => {
  it.each(CHART_IDS)('has one row per value the %s chart shows, in its order', (id) => {
    const m = model(id)
    expect(m.facts.length).toBeGreaterThan(0)
    expect(chartCsvRows(m, sources).map((r) => r.label)).toEqual(m.facts.map((f) => f.label))
  })

  it.each(CHART_IDS)('survives a round trip through papaparse for the %s chart', (id) => {
    const rows = chartCsvRows(model(id), sources)
    const parsed = parseCsv(csvText(CSV_COLUMNS, rows))
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS])
    expect(parsed.data).toEqual(rows)
  })

  it('writes stated values as numbers with their formatted text', () => {
    const revenue = chartCsvRows(model('aws-results'), sources).find((r) => r.label === 'AWS revenue')
    expect(revenue).toMatchObject({
      company: 'AWS',
      period: 'Q4 2023*',
      value: 24.2e9,
      value_text: '$24.2B',
      unit: 'USD',
      kind: 'stated',
      derived: false,
      vague: false,
      formula: '',
    })
    expect(revenue?.article_ids).toMatch(/^\d{3}_[0-9a-f]+$/)
    expect(revenue?.value_quotes).toContain('$24.2 billion')
  })

  it('leaves the value empty for vague and unreported counts, keeping the sources’ words and range', () => {
    const rows = chartCsvRows(model('layoffs'), sources)
    const vague = rows.find((r) => r.kind === 'vague')
    expect(vague).toMatchObject({
      value: null,
      value_text: '“several hundred” / “hundreds”',
      value_words: 'several hundred / hundreds',
      range_min: 300,
      range_max: 999,
      vague: true,
    })
    expect(vague?.range_basis).toContain('several: more than two')
    expect(vague?.article_ids.split(';').length).toBeGreaterThan(1)
    expect(vague?.value_quotes.split(' | ').length).toBeGreaterThan(1)
    expect(rows.find((r) => r.kind === 'unknown')).toMatchObject({
      value: null,
      value_text: 'Not reported (“significant layoffs”)',
    })
  })

  it('gives derived values their formula in words and the quotes of the facts they are computed from', () => {
    const margin = chartCsvRows(model('aws-results'), sources).find((r) => r.derived)
    expect(margin).toMatchObject({ kind: 'derived', unit: 'percent', value: 29.8, value_text: '29.8%', stated_by: 0 })
    expect(margin?.formula).toBe(
      'AWS profits ($7.2B) ÷ AWS revenue ($24.2B) × 100 = 29.8% (29.48% to 30.03% if its inputs are rounded)',
    )
    expect(margin?.formula_ids).toBe('{aws-operating-profit-2023-q4} / {aws-revenue-2023-q4} * 100')
    expect(margin?.value_quotes).toContain('$7.2 billion')
    expect(margin?.article_ids).not.toBe('')
  })

  it('writes the others’ share as 100% less the named shares', () => {
    const others = chartCsvRows(model('market-share'), sources).find((r) => r.derived)!
    expect(others.formula).toMatch(/^100% − AWS share of cloud infrastructure market \(31%\) − /)
    expect(others.formula.endsWith('= 34% (32.5% to 35.5% if its inputs are rounded)')).toBe(true)
  })
})

describe('a parser that guesses the delimiter', () => {
  it.each(CHART_IDS)('finds the comma in the %s CSV, although its cells hold “;” and “|”', (id) => {
    const rows = chartCsvRows(model(id), sources)
    const text = csvText(CSV_COLUMNS, rows)
    expect(text).toMatch(/;/)
    // No options: papaparse guesses the delimiter, as a reader's first try would.
    const parsed = Papa.parse<Record<string, string>>(text, { header: true })
    expect(parsed.meta.delimiter).toBe(',')
    expect(parsed.errors).toEqual([])
    expect(parsed.data.map((r) => r.label)).toEqual(rows.map((r) => r.label))
  })
})

describe('chartCsv', () => {
  it('is a UTF-8 CSV blob that starts with a byte order mark', async () => {
    const blob = chartCsv(model('layoffs'), sources)
    expect(blob.type).toBe('text/csv;charset=utf-8')
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)
    expect(parseCsv(text).data).toEqual(chartCsvRows(model('layoffs'), sources))
  })
})
