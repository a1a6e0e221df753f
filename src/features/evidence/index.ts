// The evidence feature's public entry: what the rest of the app may import from it.
export { EvidenceGate } from './EvidenceGate.tsx'
export { FactToggle } from './FactToggle.tsx'
export { EvidencePanel, retryFactEvidence, type EvidencePanelProps } from './EvidencePanel.tsx'
export { HighlightedQuote } from './Excerpt.tsx'
export { EVIDENCE_HEADING_ID, focusEvidence } from './focus-evidence.ts'
export { loadArticleDialog, usePrefetchEvidence } from './use-prefetch-evidence.ts'
