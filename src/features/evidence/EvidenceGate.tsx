import type { ReactNode } from 'react'
import { EVIDENCE_FILE, LoadErrorNotice, useEvidenceQuery } from '../dataset/index.ts'
import type { EvidenceIndex } from '../../domain/evidence-index.ts'

/**
 * Renders its children with the quotes once they are read (the first selection reads them; an idle page
 * has usually downloaded them already); until then says what it waits for, or which file failed.
 */
export function EvidenceGate({ children }: { children: (evidence: EvidenceIndex) => ReactNode }) {
  const query = useEvidenceQuery()
  if (query.data) return children(query.data)
  if (query.isError) return <LoadErrorNotice title="The quotes could not be loaded" query={query} />
  return <EvidenceLoading />
}

/** Said while the quotes, or the code that shows them, are on their way. */
export function EvidenceLoading() {
  return (
    <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
      Loading the quotes ({EVIDENCE_FILE})…
    </p>
  )
}
