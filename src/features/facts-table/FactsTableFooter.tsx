import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { inferredYearNote } from '../../domain/format-fact.ts'
import type { Fact } from '../../domain/schema.ts'
import { DownloadAllFactsLink } from './DownloadAllFactsLink.tsx'

/** Under the table: what the inferred-year mark in its Period column means, and the CSV of all facts. */
export function FactsTableFooter({ index, facts }: { index: DatasetIndex; facts: readonly Fact[] }) {
  const note = inferredYearNote(index, facts)
  return (
    <div className="mt-3 space-y-2">
      {note && <p className="text-xs text-slate-600 dark:text-slate-400">{note}</p>}
      <DownloadAllFactsLink />
    </div>
  )
}
