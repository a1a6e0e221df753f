import { formatValue } from '../../src/domain/format-fact.ts'
import type { FactValue } from '../../src/domain/schema.ts'

/** A new fact's source when its article names no one for the figure. */
export const UNNAMED_SOURCE = 'Not named in the article'

/**
 * How a version of a disagreement over a figure puts it: "32%, from Canalys". The review page says it again
 * from a fact the reviewer edits, so the version never says another figure than its fact.
 */
export const versionSays = (value: FactValue, source: string) =>
  `${formatValue(value)}, from ${source === UNNAMED_SOURCE ? 'a source the article does not name' : source}`
