import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { isDerivedValue } from '../../domain/kinds.ts'
import type { Fact } from '../../domain/schema.ts'

/** The Articles column: how many articles state the value ("2 of 5"), or for a derived one, how many facts it comes from. */
export function articlesText(index: DatasetIndex, f: Fact): string {
  if (isDerivedValue(f.value)) return `derived from ${f.inputs.length} ${f.inputs.length === 1 ? 'fact' : 'facts'}`
  return `${index.articleCountOf.get(f.id) ?? 0} of ${index.articleById.size}`
}
