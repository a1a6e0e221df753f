import { EvidencePanel, type EvidencePanelProps } from '../evidence/EvidencePanel'

/**
 * The evidence panel's place on the page: a sticky column beside the charts
 * on wide screens, a bottom sheet over them on narrow ones once a fact is chosen.
 */
export function EvidenceAside(props: EvidencePanelProps) {
  const open = props.fact !== null || props.hiddenByFilter
  return (
    <aside
      aria-labelledby="evidence-heading"
      className={`${open ? 'fixed inset-x-0 bottom-0 z-20 max-h-[75vh] rounded-t-2xl border-t shadow-2xl' : 'hidden'} overflow-y-auto border-slate-200 bg-white p-4 lg:sticky lg:top-4 lg:z-auto lg:block lg:max-h-[calc(100vh-2rem)] lg:self-start lg:rounded-xl lg:border lg:shadow-sm print:static print:max-h-none print:shadow-none dark:border-slate-700 dark:bg-slate-900`}
    >
      <EvidencePanel {...props} />
    </aside>
  )
}
