import type { EvidenceIndex } from '../../domain/evidence-index.ts'
import { citationRole } from '../../domain/kinds.ts'
import type { Citation } from '../../domain/schema.ts'

/**
 * The one quote that speaks for a value wherever a single quote is shown (a slide's caption, an
 * embed's popover): the first that states the value, else the first that dates or attributes it.
 */
export function keyQuote(evidence: EvidenceIndex, factId: string): Citation | undefined {
  const citations = evidence.citationsOf(factId)
  return citations.find((c) => citationRole(c) === 'value') ?? citations[0]
}
