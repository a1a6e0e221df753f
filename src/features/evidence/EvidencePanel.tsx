import { Suspense } from 'react'
import { retryingLazy } from '../../components/retrying-lazy.tsx'
import { CloseButton } from '../../components/CloseButton.tsx'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { Fact } from '../../domain/schema.ts'
import { EVIDENCE_HEADING_ID } from './focus-evidence.ts'
import { EvidenceGate, EvidenceLoading } from './EvidenceGate.tsx'
import { loadFactEvidence } from './use-prefetch-evidence.ts'

// Only a chosen fact needs it: its code loads with the quotes, not before the first chart.
const [FactEvidence, retryFactEvidence] = retryingLazy(loadFactEvidence)
export { retryFactEvidence }

export interface EvidencePanelProps {
  index: DatasetIndex
  /** The selected fact, or null. */
  fact: Fact | null
  /** True when the selected fact exists but the filters hide it. */
  hiddenByFilter: boolean
  onSelect: (factId: string) => void
  onOpenArticle: (articleId: string) => void
  onClose: () => void
}

/**
 * The sentences behind the selected number: the fact, for derived values the formula, where the
 * articles differ, and the quotes grouped by article, each tagged with what it supports.
 */
export function EvidencePanel({ index, fact, hiddenByFilter, onSelect, onOpenArticle, onClose }: EvidencePanelProps) {
  return (
    <div className="space-y-4">
      {/* The fact's name and Close stay in view while its quotes scroll under them (a layoff's run 3,900 px). The
          column pads its scroll box, where -top-4 meets its edge; the phone's sheet scrolls the unpadded dialog. */}
      <div className="sticky -top-4 z-10 -mx-4 -mt-4 flex items-start justify-between gap-2 bg-white px-4 pt-4 pb-2 in-[dialog]:top-0 dark:bg-slate-900">
        <h2
          id={EVIDENCE_HEADING_ID}
          tabIndex={-1}
          className="scroll-mt-4 text-base font-semibold text-slate-900 dark:text-slate-50"
        >
          {fact ? fact.label : 'Evidence'}
        </h2>
        {(fact || hiddenByFilter) && <CloseButton what="evidence" onClose={onClose} />}
      </div>
      {!fact && !hiddenByFilter && (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Select a bar, a figure or a table row to read the sentences in the articles that state it.
        </p>
      )}
      {hiddenByFilter && (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          The selected fact is hidden by the current filters. Clear or change the filters to see its evidence.
        </p>
      )}
      {fact && (
        <EvidenceGate>
          {(evidence) => (
            <Suspense fallback={<EvidenceLoading />}>
              <FactEvidence
                index={index}
                fact={fact}
                evidence={evidence}
                onSelect={onSelect}
                onOpenArticle={onOpenArticle}
              />
            </Suspense>
          )}
        </EvidenceGate>
      )}
    </div>
  )
}
