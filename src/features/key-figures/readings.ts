import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { formatValue } from '../../domain/format-fact.ts'
import type { Fact } from '../../domain/schema.ts'

const list = new Intl.ListFormat('en', { type: 'conjunction' })

/**
 * What a range derived from the articles' words rests on, for its card: "From readings of “several hundred” and
 * “around 60,000”". A card shows the range alone otherwise, as if the articles gave it. Null for any other value.
 */
export function readingsOf(fact: Fact, index: DatasetIndex): string | null {
  if (fact.value.kind !== 'derived-range') return null
  const words = fact.inputs.flatMap((id) => {
    const value = index.factById.get(id)?.value
    if (value?.kind === 'vague') return [`“${value.words[0]}”`]
    return value?.kind === 'approximate' ? [`“${formatValue(value)}”`] : []
  })
  return words.length ? `From readings of ${list.format(words)}` : null
}
