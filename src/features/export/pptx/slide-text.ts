import type { ChartModel } from '../../charts/index.ts'
import { DERIVED_NOTES, MARK_MEANING, sourceLine } from '../../charts/index.ts'
import { shortYearNote } from '../../../domain/format-fact.ts'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import type { NativeBarChart, SeriesRole } from './native-bars.ts'

/** How the deck's chart draws each mark that needs explaining (see nativeBars), with the app's meaning. */
const DECK_MARKS = {
  derived: { roles: ['derived'], mark: 'Pale bar labelled “derived”' },
  vague: { roles: ['band'], mark: 'Pale band between two ends' },
  unknown: { roles: ['placeholder'], mark: 'Label on the baseline, no bar' },
  direction: { roles: ['direction'], mark: 'Label after ▲ or ▼, no bar' },
} as const satisfies Record<keyof typeof MARK_MEANING, { roles: SeriesRole[]; mark: string }>

/** The key for the marks this chart draws (only those present), e.g. "Pale bar labelled “derived”: derived from other figures". */
export function deckKey(chart: NativeBarChart): string[] {
  const roles = new Set(chart.series.map((s) => s.role))
  return (Object.keys(DECK_MARKS) as (keyof typeof DECK_MARKS)[])
    .filter((k) => DECK_MARKS[k].roles.some((r) => roles.has(r)))
    .map((k) => `${DECK_MARKS[k].mark}: ${MARK_MEANING[k]}`)
}

/**
 * The slide's short source, saying how the deck marks derived values (it has no dashed
 * outlines), and only when it draws one: a derived figure stated under the chart (the
 * operating margin) is marked "derived" where it stands.
 */
export function deckShortSource(model: Pick<ChartModel, 'bars'>, short: string): string {
  const drawsDerived = model.bars.input.items.some((item) => item.bars.some((bar) => bar.kind === 'derived'))
  return [short, drawsDerived ? DERIVED_NOTES.deck : ''].filter(Boolean).join(' ')
}

/** The full source line for the speaker notes, with the same note on derived values. */
export function deckSourceLine(model: Pick<ChartModel, 'facts' | 'bars'>, index: DatasetIndex): string {
  const drawsDerived = model.bars.input.items.some((item) => item.bars.some((bar) => bar.kind === 'derived'))
  const line = sourceLine(index, model.facts, drawsDerived ? DERIVED_NOTES.deck : '')
  return [line, shortYearNote(model.facts)].filter(Boolean).join(' ')
}
