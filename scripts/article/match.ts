import { COMPANY_PARENTS } from '../../src/config/company-aliases.ts'
import type { FactValue, QuotedFact } from '../../src/domain/schema.ts'
import type { FigureProposal } from './propose.ts'

/** What a proposal is to the dataset: a new fact, another article's word for a fact it has, or a different version. */
export type Match =
  | { kind: 'new' }
  | { kind: 'corroborates'; factId: string; role: 'value' | 'detail' }
  | { kind: 'differs'; factId: string }

const related = (a: string, b: string) => a === b || COMPANY_PARENTS[a] === b || COMPANY_PARENTS[b] === a

function sameValue(a: FactValue, b: FactValue): boolean {
  if (a.kind === 'vague' || b.kind === 'vague') return a.kind === b.kind && a.unit === b.unit
  if (!('amount' in a) || !('amount' in b) || a.unit !== b.unit) return false
  return Math.abs(a.amount - b.amount) < 1e-9 * Math.max(1, Math.abs(a.amount))
}

/**
 * Matches a figure with the dataset's facts of its metric: the same value for the same (or a parent's)
 * company in a compatible period is a corroboration; a different value for the same company and the very
 * same period is a disagreement to review; anything else is new.
 */
export function matchFigure(p: FigureProposal, facts: readonly QuotedFact[]): Match {
  const candidates = facts.filter((f) => f.metric === p.metric && related(f.company, p.company))
  const period = (f: QuotedFact) => f.period.value
  const same = candidates.find(
    (f) =>
      sameValue(f.value, p.value) && (period(f) === p.period.value || period(f) === null || p.period.value === null),
  )
  if (same) return { kind: 'corroborates', factId: same.id, role: 'value' }
  const differs = candidates.find((f) => f.company === p.company && period(f) !== null && period(f) === p.period.value)
  return differs ? { kind: 'differs', factId: differs.id } : { kind: 'new' }
}
