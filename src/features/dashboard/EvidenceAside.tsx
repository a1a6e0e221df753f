import { memo } from 'react'
import { ErrorBoundary } from '../../components/ErrorBoundary'
import { EvidencePanel, type EvidencePanelProps } from '../evidence/EvidencePanel'

/**
 * The evidence panel's place on the page: a sticky column beside the charts
 * on wide screens, a bottom sheet over them on narrow ones once a fact is chosen.
 */
export const EvidenceAside = memo(function EvidenceAside(props: EvidencePanelProps) {
  const open = props.fact !== null || props.hiddenByFilter
  return (
    <>
      {/* On narrow screens the sheet covers the page: dim it, and let a tap outside close the sheet. */}
      {open && (
        <div
          aria-hidden="true"
          onClick={props.onClose}
          className="fixed inset-0 z-10 bg-slate-950/40 lg:hidden print:hidden"
        />
      )}
      <aside
        aria-labelledby="evidence-heading"
        className={`${open ? 'fixed inset-x-0 bottom-0 z-20 max-h-[75vh] rounded-t-2xl border-t shadow-2xl' : 'hidden'} overflow-y-auto border-slate-200 bg-white p-4 lg:sticky lg:top-4 lg:z-auto lg:block lg:max-h-[calc(100vh-2rem)] lg:self-start lg:rounded-xl lg:border lg:shadow-sm dark:border-slate-700 dark:bg-slate-900 print:static print:max-h-none print:shadow-none`}
      >
        {/* Keyed by fact, so choosing another fact clears a failure of the last one. */}
        <ErrorBoundary key={props.fact?.id} name="The evidence for this fact">
          <EvidencePanel {...props} />
        </ErrorBoundary>
      </aside>
    </>
  )
})
