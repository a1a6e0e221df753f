import { HEDGE_FAMILIES, HEDGES, findHedges } from '../../src/domain/claim-vocabulary.ts'

/** The hedges and attributions a sentence carries, in the order it writes them: "reportedly", "around", "plans to". */
export const hedgesIn = (sentence: string): string[] => findHedges(sentence).map((h) => h.entry.phrase)

/** Whether naming who says it keeps the hedge ("according to", "reportedly"): a fact with a source keeps it there. */
export function keptBySource(phrase: string): boolean {
  const hedge = HEDGES.find((h) => h.phrase === phrase)
  return hedge !== undefined && 'keptByAttribution' in HEDGE_FAMILIES[hedge.family]
}
