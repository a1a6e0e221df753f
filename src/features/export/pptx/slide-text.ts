import { MARK_MEANING } from '../../charts/index.ts'
import type { DeckChart } from './deck-chart.ts'

/**
 * How a PowerPoint chart draws each mark that needs explaining, said beside the mark's meaning in its key: the
 * deck's native charts draw them their own way, so these words are the deck's alone.
 */
const DECK_MARKS = {
  derived: 'Pale bar labelled “(derived)”',
  vague: 'Pale band between two ends',
  unknown: 'Words on the baseline, no bar',
  direction: '▲ or ▼ beside a figure, no bar',
} as const satisfies Record<keyof typeof MARK_MEANING, string>

/** The key for the marks this chart draws (only those present), e.g. "Pale bar labelled “(derived)”: derived from other figures". */
export const deckKey = (chart: Pick<DeckChart, 'marks'>): string[] =>
  chart.marks.map((mark: keyof typeof MARK_MEANING) => `${DECK_MARKS[mark]}: ${MARK_MEANING[mark]}`)
