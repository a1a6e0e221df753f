import { memo, useCallback, useEffect, useRef } from 'react'
import { ErrorBoundary } from '../../components/ErrorBoundary.tsx'
import { useMediaQuery } from '../../components/use-media-query.ts'
import { EvidencePanel, retryFactEvidence, type EvidencePanelProps } from '../evidence/index.ts'
import { focusEvidence } from '../evidence/index.ts'
import { EvidenceColumn } from './EvidenceColumn.tsx'
import { EvidenceSheet } from './EvidenceSheet.tsx'
import { WIDE_LAYOUT } from './layout.ts'

/**
 * The evidence panel's place on the page: a sticky column beside the charts
 * on wide screens, a modal bottom sheet over them on narrow ones once a fact is chosen.
 */
export const EvidenceAside = memo(function EvidenceAside(props: EvidencePanelProps) {
  const wide = useMediaQuery(WIDE_LAYOUT)
  const { fact, hiddenByFilter, onSelect, onClose } = props
  const open = fact !== null || hiddenByFilter

  // A fact chosen inside the panel (a formula's input, "used to derive") replaces the button that
  // had the focus: reading goes on from the new fact's heading instead of from the top of the page.
  const chosenInside = useRef(false)
  const selectInside = useCallback(
    (id: string) => {
      chosenInside.current = true
      onSelect(id)
    },
    [onSelect],
  )
  useEffect(() => {
    if (!chosenInside.current) return
    chosenInside.current = false
    focusEvidence()
  }, [fact?.id])

  const panel = (
    // Keyed by fact, so choosing another fact clears a failure of the last one; code that failed to arrive is
    // fetched again then, or on Try again.
    <ErrorBoundary key={fact?.id} name="The evidence for this fact" onCaught={retryFactEvidence}>
      <EvidencePanel {...props} onSelect={selectInside} />
    </ErrorBoundary>
  )
  if (wide)
    return (
      <EvidenceColumn open={open} factId={fact?.id ?? null} onClose={onClose}>
        {panel}
      </EvidenceColumn>
    )
  return open ? (
    <EvidenceSheet label={fact ? `Evidence: ${fact.label}` : 'Evidence'} onClose={onClose}>
      {panel}
    </EvidenceSheet>
  ) : null
})
