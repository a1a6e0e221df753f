import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHART_IDS, buildChartModel } from '../charts/index.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { QuotedDataset } from '../../domain/evidence-index.ts'
import type { Fact } from '../../domain/schema.ts'
import { CSV_COLUMNS, chartCsv, chartCsvRows, chartCsvText, csvRow, factsCsv, type ChartCsvRow } from './chart-csv.ts'
import { loadRealQuotedDataset } from '../../domain/real-dataset.test-support.ts'

/** Reads the CSV the way a consumer would, typing back the number and boolean columns. */
function parseCsv(text: string) {
  const parsed = Papa.parse<ChartCsvRow>(text, {
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
    const parsed = parseCsv(chartCsvText(rows))
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
    expect(revenue?.source_articles).toMatch(/^\d{3}_[0-9a-f]+$/)
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
    expect(vague?.source_articles.split(';').length).toBeGreaterThan(1)
    expect(vague?.value_quotes.split(' | ').length).toBeGreaterThan(1)
    expect(rows.find((r) => r.kind === 'unknown')).toMatchObject({ value: null, value_text: 'Not reported' })
  })

  it('gives derived values their formula in words and the quotes of the facts they are computed from', () => {
    const margin = chartCsvRows(model('aws-results'), sources).find((r) => r.derived)
    expect(margin).toMatchObject({ kind: 'derived', unit: 'percent', value: 29.8, value_text: '29.8%', stated_by: 0 })
    expect(margin?.formula).toBe('AWS profits ($7.2B) ÷ AWS revenue ($24.2B) × 100 = 29.8%')
    expect(margin?.formula_ids).toBe('{aws-operating-profit-2023-q4} / {aws-revenue-2023-q4} * 100')
    expect(margin?.value_quotes).toContain('$7.2 billion')
    expect(margin?.source_articles).not.toBe('')
  })

  it('writes the others’ share as 100% less the named shares', () => {
    const others = chartCsvRows(model('market-share'), sources).find((r) => r.derived)!
    expect(others.formula).toMatch(/^100% − AWS share of cloud infrastructure market \(31%\) − /)
    expect(others.formula.endsWith('= 34%')).toBe(true)
  })

  it('names the articles by label and publisher beside their ids, never an id alone', () => {
    const cuts = csvRow(sources, index.factById.get('layoffs-2024-04')!)
    const ids = cuts.source_articles.split(';')
    const labels = cuts.source_article_labels.split(' | ')
    const publishers = cuts.source_publishers.split(' | ')
    expect(ids).toHaveLength(5)
    expect(labels).toHaveLength(5)
    expect(publishers).toHaveLength(5)
    expect(labels[0]).toBe('Untitled article: “Amazon Web Services has announced significant job cuts…”')
    expect(labels[2]).toBe(index.articleById.get(ids[2])!.title)
    expect(publishers.slice(2)).toEqual(['Computer Weekly', 'Converge360', 'Quartz'])
    expect(publishers[0]).toBe('publisher not named')
    for (const label of labels) expect(label).not.toMatch(/^\d{3}_/)
  })

  it('gives ISO period and date columns beside the marked period, with how the year is known', () => {
    const cuts = csvRow(sources, index.factById.get('layoffs-2024-04')!)
    expect(cuts).toMatchObject({
      period: '3 Apr 2024*',
      period_iso: '2024-04-03',
      period_start: '2024-04-03',
      period_end: '2024-04-03',
      event_date_iso: '2024-04-03',
      year_inferred: true,
    })
    expect(cuts.year_note).toMatch(/^\* Year inferred: .*Wednesday/)
    const share = csvRow(sources, index.factById.get('share-aws-2023-q4')!)
    expect(share).toMatchObject({
      period: 'Q4 2023*',
      period_iso: '2023-Q4',
      period_start: '2023-10-01',
      period_end: '2023-12-31',
    })
    const undated = csvRow(sources, index.factById.get('layoffs-amazon-two-waves')!)
    expect(undated).toMatchObject({ period_iso: '', period_start: '', year_inferred: false, year_note: '' })
  })

  it('puts each quote in the column of its role, and says what the articles differ on', () => {
    const cuts = csvRow(sources, index.factById.get('layoffs-2024-04')!)
    expect(cuts.date_quotes).toContain('via email on 3 April')
    expect(cuts.attribution_quotes).toContain('Matt Garman')
    expect(cuts.value_quotes).not.toContain('via email on 3 April')
    expect(cuts.detail_quotes).toContain('Seattle')
    expect(cuts.articles_differ).toContain('Who announced the cuts')
    expect(cuts.stated_by).toBe(5)
  })

  it('writes a claim in words, and a derived range as its two ends', () => {
    const dipped = csvRow(sources, index.factById.get('share-aws-change-2023-q4')!)
    expect(dipped).toMatchObject({
      kind: 'qualitative',
      value: null,
      value_text: 'Dipped',
      value_words: 'dipped',
      unit: '',
    })
    const share = csvRow(sources, index.factById.get('aws-cuts-share-of-staff-2024-04')!)
    expect(share).toMatchObject({ kind: 'derived-range', value: null, range_min: 0.5, range_max: 1.8, derived: true })
    // Each input's words, and how the range reads them: “around” reaches past 60,000 both ways.
    expect(share.formula).toContain(
      'AWS job cuts (“several hundred” / “hundreds”, read as 300–999) ÷ AWS headcount (around 60,000, read as 55,000–65,000) × 100',
    )
    const headcount = csvRow(sources, index.factById.get('aws-headcount-2023-12')!)
    expect(headcount).toMatchObject({ kind: 'approximate', value: 60000, range_min: 55000, range_max: 65000 })
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
    const rows = chartCsvRows({ facts: [tricky(label)] }, sources)
    const text = chartCsvText(rows)
    expect(text).toContain('"AWS ""core"" revenue, excl. credits,\nrestated"')
    expect(text.endsWith('\r\n')).toBe(false)
    expect(parseCsv(text).data).toEqual(rows)
  })

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    const rows = chartCsvRows({ facts: [tricky('=HYPERLINK("http://example.com")')] }, sources)
    const [parsed] = parseCsv(chartCsvText(rows)).data
    expect(parsed.label).toBe('\'=HYPERLINK("http://example.com")')
    expect(parsed.value).toBe(24.2e9)
  })

  it('writes the header even when the chart shows nothing', () => {
    expect(chartCsvText([])).toBe(CSV_COLUMNS.join(','))
  })
})

describe('a parser that guesses the delimiter', () => {
  it.each(CHART_IDS)('finds the comma in the %s CSV, although its cells hold “;” and “|”', (id) => {
    const rows = chartCsvRows(model(id), sources)
    const text = chartCsvText(rows)
    expect(text).toMatch(/;/)
    // No options: papaparse guesses the delimiter, as a reader's first try would.
    const parsed = Papa.parse<Record<string, string>>(text, { header: true })
    expect(parsed.meta.delimiter).toBe(',')
    expect(parsed.errors).toEqual([])
    expect(parsed.data.map((r) => r.label)).toEqual(rows.map((r) => r.label))
  })
})

describe('factsCsv', () => {
  it('has one row per fact of the dataset, each parsing back to its row', async () => {
    const text = new TextDecoder().decode(await factsCsv(sources).arrayBuffer())
    const parsed = parseCsv(text)
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS])
    expect(parsed.data.map((r) => r.fact_id)).toEqual(index.facts.map((f) => f.id))
    expect(parsed.data).toEqual(index.facts.map((f) => csvRow(sources, f)))
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
