// The evidence feature's public entry: what the rest of the app may import from it.
export { EvidenceGate } from './EvidenceGate'
export { EvidencePanel, type EvidencePanelProps } from './EvidencePanel'
export { HighlightedQuote } from './Excerpt'
export { EVIDENCE_HEADING_ID, focusEvidence } from './focus-evidence'
export { loadArticleDialog, usePrefetchEvidence } from './use-prefetch-evidence'
