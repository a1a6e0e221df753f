import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { EvidenceIndex } from '../../domain/evidence-index.ts'
import type { Fact } from '../../domain/schema.ts'
import { explainSearch, searchExplanation, searchFacts } from './search-facts.ts'
import { buildSearchIndex } from './search-index.ts'

/**
 * The facts table's search over one dataset, loaded with the first search: the index is read once here,
 * then each keystroke only looks words up in it.
 */
export async function createTableSearch(index: DatasetIndex, evidence: EvidenceIndex | null) {
  const search = await buildSearchIndex(index, evidence)
  return {
    /** Whether the quotes could be read: without them only what the table shows is searched. */
    withQuotes: search.withQuotes,
    /** The facts that match, in the order given, or with `rank` best match first. */
    find: (facts: readonly Fact[], query: string, rank: boolean) => searchFacts(search, facts, query, rank),
    /** "Matched “fired” as “job cuts” …" for the rows found, or ''. */
    explain: (found: readonly Fact[], query: string) => searchExplanation(explainSearch(search, found, query)),
  }
}
