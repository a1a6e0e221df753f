import { csvText } from '../../lib/csv.ts'
import type { ChartModel } from '../charts/index.ts'
import type { QuotedDataset } from '../../domain/evidence-index.ts'
import { FACT_COLUMNS, factRow, type FactRow } from '../../domain/fact-row.ts'

/**
 * A chart's CSV columns: the facts CSV's (the data package's facts.csv), then what the package keeps in
 * files of its own, so that one chart's file stands alone: how the year is inferred, the articles' ids and
 * the quotes by role.
 */
export const CSV_COLUMNS = [
  ...FACT_COLUMNS,
  'year_note',
  'article_ids',
  'value_quotes',
  'date_quotes',
  'attribution_quotes',
  'detail_quotes',
] as const satisfies readonly (keyof FactRow)[]

/** One row per value the chart shows (its `facts`), in the chart's reading order. */
export function chartCsvRows(model: Pick<ChartModel, 'facts'>, sources: QuotedDataset): FactRow[] {
  return model.facts.map((fact) => factRow(sources, fact))
}

/** The chart's values as a CSV file, ready to download. */
export const chartCsv = (model: Pick<ChartModel, 'facts'>, sources: QuotedDataset): Blob =>
  new Blob([csvText(CSV_COLUMNS, chartCsvRows(model, sources))], { type: 'text/csv;charset=utf-8' })
