import type { ChartModel, FilterScope } from '../charts/index.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { Fact } from '../../domain/schema.ts'

/**
 * The fact a slide quotes as its caption: the one most articles state
 * (ties go to the first the chart draws). Derived facts have no quote.
 */
export function keyFact(model: ChartModel, index: DatasetIndex): Fact | null {
  let best: Fact | null = null
  for (const fact of model.facts) {
    if (fact.citations.length === 0) continue
    if (!best || (index.articleCountOf.get(fact.id) ?? 0) > (index.articleCountOf.get(best.id) ?? 0)) best = fact
  }
  return best
}

/** Keys that move between slides, as a step (+1, -1) or an absolute target ('first', 'last'). */
export const SLIDE_KEYS: Record<string, 1 | -1 | 'first' | 'last'> = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ' ': 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
  Home: 'first',
  End: 'last',
}

/** The slide a key leads to from `current` (1-based), kept within 1…count. */
export function nextSlide(current: number, count: number, move: 1 | -1 | 'first' | 'last', shift = false): number {
  if (move === 'first') return 1
  if (move === 'last') return count
  const step = shift && move === 1 ? -1 : move
  return Math.min(count, Math.max(1, current + step))
}

/** What the deck is filtered to, for its header: "Filtered to AWS · Q2 2024", or null with no filter on. */
export function deckFilterWords(scope: FilterScope | undefined): string | null {
  const parts = [scope?.companies, scope?.periods].filter(Boolean)
  return parts.length ? `Filtered to ${parts.join(' · ')}` : null
}
