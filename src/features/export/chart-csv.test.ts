import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHART_IDS } from '../charts/registry'
import { buildChartModel } from '../charts/chart-model'
import { buildIndex, type DatasetIndex } from '../dataset/dataset-index'
import type { Fact } from '../dataset/schema'
import { CSV_COLUMNS, chartCsv, chartCsvRows, chartCsvText, type ChartCsvRow } from './chart-csv'
import { loadRealDataset } from './real-dataset.test-support'

/** Reads the CSV the way a consumer would, typing back the number and boolean columns. */
function parseCsv(text: string) {
  const parsed = Papa.parse<ChartCsvRow>(text, {
    header: true,
    skipEmptyLines: true,
    dynamicTyping: { value: true, derived: true, vague: true },
  })
  expect(parsed.errors).toEqual([])
  return parsed
}

let index: DatasetIndex

beforeAll(async () => {
  index = buildIndex(await loadRealDataset())
})

const model = (id: (typeof CHART_IDS)[number]) => buildChartModel(id, index, index.facts)

describe('chartCsvRows on the real dataset', () => {
  it.each(CHART_IDS)('has one row per value the %s chart shows, in its order', (id) => {
    const m = model(id)
    expect(m.facts.length).toBeGreaterThan(0)
    expect(chartCsvRows(m, index).map((r) => r.label)).toEqual(m.facts.map((f) => f.label))
  })

  it.each(CHART_IDS)('survives a round trip through papaparse for the %s chart', (id) => {
    const rows = chartCsvRows(model(id), index)
    const parsed = parseCsv(chartCsvText(rows))
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS])
    expect(parsed.data).toEqual(rows)
  })

  it('writes stated values as numbers with their formatted text', () => {
    const revenue = chartCsvRows(model('aws-results'), index).find((r) => r.label === 'AWS revenue')
    expect(revenue).toMatchObject({
      company: 'AWS',
      period: 'Q4 2023',
      value: 24.2e9,
      value_text: '$24.2B',
      unit: 'USD',
      kind: 'stated',
      derived: false,
      vague: false,
      formula: '',
    })
    expect(revenue?.source_articles).toMatch(/^\d{3}_[0-9a-f]+$/)
    expect(revenue?.quote).toContain('$24.2 billion')
  })

  it('leaves the value empty for vague and unreported counts, keeping the sources’ words', () => {
    const rows = chartCsvRows(model('layoffs'), index)
    const vague = rows.find((r) => r.kind === 'vague')
    expect(vague).toMatchObject({ value: null, value_text: '“several hundred” / “hundreds”', vague: true })
    expect(vague?.source_articles.split(';').length).toBeGreaterThan(1)
    expect(vague?.quote.split(' | ').length).toBeGreaterThan(1)
    expect(rows.find((r) => r.kind === 'unknown')).toMatchObject({ value: null, value_text: 'Not reported' })
  })

  it('gives derived values their formula and the quotes of the facts they are computed from', () => {
    const margin = chartCsvRows(model('aws-results'), index).find((r) => r.derived)
    expect(margin).toMatchObject({ kind: 'derived', unit: 'percent', value: 29.8, value_text: '29.8%' })
    expect(margin?.formula).toBe('{aws-operating-profit-2023-q4} / {aws-revenue-2023-q4} * 100')
    expect(margin?.quote).toContain('$7.2 billion')
    expect(margin?.source_articles).not.toBe('')
  })
})

describe('chartCsvText', () => {
  const tricky = (label: string): Fact => ({
    ...index.factById.get('aws-revenue-2023-q4')!,
    id: 'synthetic',
    label,
  })

  it('quotes labels with commas, double quotes and line breaks so they parse back intact', () => {
    const label = 'AWS "core" revenue, excl. credits,\nrestated'
    const rows = chartCsvRows({ facts: [tricky(label)] }, index)
    const text = chartCsvText(rows)
    expect(text).toContain('"AWS ""core"" revenue, excl. credits,\nrestated"')
    expect(text.endsWith('\r\n')).toBe(true)
    expect(parseCsv(text).data).toEqual(rows)
  })

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    const rows = chartCsvRows({ facts: [tricky('=HYPERLINK("http://example.com")')] }, index)
    const [parsed] = parseCsv(chartCsvText(rows)).data
    expect(parsed.label).toBe('\'=HYPERLINK("http://example.com")')
    expect(parsed.value).toBe(24.2e9)
  })

  it('writes the header even when the chart shows nothing', () => {
    expect(chartCsvText([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`)
  })
})

describe('chartCsv', () => {
  it('is a UTF-8 CSV blob that starts with a byte order mark', async () => {
    const blob = chartCsv(model('layoffs'), index)
    expect(blob.type).toBe('text/csv;charset=utf-8')
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)
    expect(parseCsv(text).data).toEqual(chartCsvRows(model('layoffs'), index))
  })
})
