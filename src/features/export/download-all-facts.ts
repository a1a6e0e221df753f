import type { QuotedDataset } from '../../domain/evidence-index.ts'
import { factsCsv } from './chart-csv.ts'
import { downloadBlob } from './download.ts'

export const ALL_FACTS_FILE_NAME = 'cloud-market-all-facts.csv'

/** Downloads every fact of the dataset as CSV; returns the file name. */
export function downloadAllFacts(sources: QuotedDataset): string {
  downloadBlob(factsCsv(sources), ALL_FACTS_FILE_NAME)
  return ALL_FACTS_FILE_NAME
}
