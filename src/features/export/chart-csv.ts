import Papa from 'papaparse'

import type { ChartModel } from '../charts/definition'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { Citation, Fact, FactValue, Unit } from '../dataset/schema'
import { amountOf, formatPeriod, formatValue } from '../dataset/format-fact'

/** The CSV's columns, in order: the header row is written even when the chart shows nothing. */
export const CSV_COLUMNS = [
  'label',
  'company',
  'period',
  'value',
  'value_text',
  'unit',
  'kind',
  'derived',
  'vague',
  'formula',
  'source_articles',
  'quote',
] as const

/** One value a chart shows, with everything needed to check it against its sources. */
export interface ChartCsvRow {
  label: string
  /** The company's display name. */
  company: string
  /** The period as the dashboard writes it: "Q4 2023", "about Mar 2023", "In prior years". */
  period: string
  /** The number, or null (an empty cell) when the articles give none. */
  value: number | null
  /** The value as the dashboard shows it: "$24.2B", "“several hundred” / “hundreds”", "Not reported". */
  value_text: string
  unit: Unit
  kind: FactValue['kind']
  derived: boolean
  vague: boolean
  /** The formula of a derived value, in fact ids; empty for the others. */
  formula: string
  /** Ids of the articles that support the value, joined by ";". */
  source_articles: string
  /** The supporting quotes, joined by " | ". */
  quote: string
}

const CRLF = '\r\n'
const ARTICLE_SEPARATOR = ';'
const QUOTE_SEPARATOR = ' | '

// Excel and LibreOffice reach for UTF-8 only when the file starts with a byte order mark;
// without it the curly quotes of vague values turn into mojibake.
const BYTE_ORDER_MARK = '\ufeff'

const unique = <T>(items: T[]) => [...new Set(items)]

/**
 * The citations behind a fact. A derived value has none of its own: it stands
 * on the quotes of the facts it is computed from, so those are followed (through
 * chains of derived values, each fact once).
 */
function supportingCitations(index: DatasetIndex, fact: Fact, seen = new Set<string>()): Citation[] {
  if (seen.has(fact.id)) return []
  seen.add(fact.id)
  const inputs = fact.inputs.flatMap((id) => {
    const input = index.factById.get(id)
    return input ? supportingCitations(index, input, seen) : []
  })
  return [...fact.citations, ...inputs]
}

function csvRow(index: DatasetIndex, fact: Fact): ChartCsvRow {
  const citations = supportingCitations(index, fact)
  return {
    label: fact.label,
    company: index.companyById.get(fact.company)?.name ?? fact.company,
    period: formatPeriod(fact.period),
    value: amountOf(fact.value),
    value_text: formatValue(fact.value),
    unit: fact.value.unit,
    kind: fact.value.kind,
    derived: fact.value.kind === 'derived',
    vague: fact.value.kind === 'vague',
    formula: fact.value.kind === 'derived' ? fact.value.formula : '',
    source_articles: unique(citations.map((c) => c.article)).join(ARTICLE_SEPARATOR),
    quote: unique(citations.map((c) => c.quote)).join(QUOTE_SEPARATOR),
  }
}

/** One row per value the chart shows (its `facts`), in the chart's reading order. */
export function chartCsvRows(model: Pick<ChartModel, 'facts'>, index: DatasetIndex): ChartCsvRow[] {
  return model.facts.map((fact) => csvRow(index, fact))
}

/**
 * The rows as RFC 4180 text: CRLF line ends, the last line ended too, fields
 * with commas, quotes or line breaks quoted. Text cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) are prefixed with an apostrophe; numbers
 * and booleans are written as they are.
 */
export function chartCsvText(rows: readonly ChartCsvRow[]): string {
  const text = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((row) => CSV_COLUMNS.map((column) => row[column])) },
    { escapeFormulae: true, newline: CRLF },
  )
  // papaparse ends the header-only file with a line break and the others without: always end with one.
  return text.endsWith(CRLF) ? text : text + CRLF
}

/** The chart's values as a CSV file (UTF-8 with a byte order mark), ready to download. */
export function chartCsv(model: Pick<ChartModel, 'facts'>, index: DatasetIndex): Blob {
  return new Blob([BYTE_ORDER_MARK, chartCsvText(chartCsvRows(model, index))], { type: 'text/csv;charset=utf-8' })
}
