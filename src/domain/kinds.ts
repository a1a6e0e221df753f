import type { Citation, CitationRole, FactValue } from './schema.ts'

/*
 * Plain helpers over the dataset's kinds, apart from the schema: the app imports these on its first
 * load, and importing anything at run time from schema.ts would pull zod in with them.
 */

/** What a citation supports; datasets written before roles existed hold value quotes only. */
export const citationRole = (c: Pick<Citation, 'role'>): CitationRole => c.role ?? 'value'

/** Values computed by a formula over other facts rather than quoted. */
export const isDerivedValue = (
  value: FactValue,
): value is Extract<FactValue, { kind: 'derived' } | { kind: 'derived-range' }> =>
  value.kind === 'derived' || value.kind === 'derived-range'
