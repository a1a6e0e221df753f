/** The evidence panel's heading: what labels the panel, and where reading its evidence starts. */
export const EVIDENCE_HEADING_ID = 'evidence-heading'

/** Moves the focus to the evidence panel's heading (it takes focus from scripts only, not from Tab). */
export function focusEvidence() {
  document.getElementById(EVIDENCE_HEADING_ID)?.focus()
}
