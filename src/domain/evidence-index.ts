import type { DatasetIndex } from './dataset-index.ts'
import { citationRole } from './kinds.ts'
import type { Citation, Disagreement, Evidence } from './schema.ts'

/** The quotes behind the facts (the evidence file), looked up by fact. */
export interface EvidenceIndex {
  /** The fact's quotes, in the order of its citations in the dataset. */
  citationsOf: (factId: string) => readonly Citation[]
  /** Where the articles differ on each fact, in file order. */
  disagreementsOf: ReadonlyMap<string, readonly Disagreement[]>
}

/** A loaded dataset with the quotes behind its facts: what exports and speaker notes are written from. */
export interface QuotedDataset {
  index: DatasetIndex
  evidence: EvidenceIndex
}

const NONE: readonly Citation[] = []

export function buildEvidenceIndex(evidence: Evidence): EvidenceIndex {
  const citations = new Map(Object.entries(evidence.citations))
  const disagreementsOf = new Map<string, Disagreement[]>()
  for (const d of evidence.disagreements) {
    for (const id of d.facts) disagreementsOf.set(id, [...(disagreementsOf.get(id) ?? []), d])
  }
  return { citationsOf: (id) => citations.get(id) ?? NONE, disagreementsOf }
}

/**
 * Where an evidence file does not belong with the dataset it is read with: quotes for a fact it lacks,
 * quotes that are not the ones its citations name (article and role, in order), a disagreement about an
 * unknown fact or quoting an unknown article. Empty when they belong together.
 */
export function evidenceMismatches(evidence: Evidence, index: DatasetIndex): string[] {
  const problems: string[] = []
  for (const id of Object.keys(evidence.citations)) {
    if (!index.factById.has(id)) problems.push(`citations.${id}: quotes for a fact the dataset does not have`)
  }
  for (const fact of index.facts) {
    const quotes = evidence.citations[fact.id] ?? []
    const named = fact.citations.map((c) => `${c.article} (${citationRole(c)})`).join(', ') || 'none'
    const found = quotes.map((c) => `${c.article} (${citationRole(c)})`).join(', ') || 'none'
    if (named !== found) problems.push(`citations.${fact.id}: the dataset cites ${named}; the quotes are from ${found}`)
  }
  evidence.disagreements.forEach((d, i) => {
    for (const id of d.facts.filter((f) => !index.factById.has(f)))
      problems.push(`disagreements[${i}] "${d.id}": shown with unknown fact "${id}"`)
    for (const q of d.versions.flatMap((v) => v.quotes).filter((q) => !index.articleById.has(q.article)))
      problems.push(`disagreements[${i}] "${d.id}": quotes unknown article "${q.article}"`)
  })
  return problems
}
