import { MARK_MEANING } from '../../charts/index.ts'
import type { DeckChart } from './deck-chart.ts'

/** How the deck's chart draws each mark that needs explaining (see deckChart), beside the app's meaning. */
const DECK_MARKS = {
  derived: 'Pale bar labelled “(derived)”',
  vague: 'Pale band between two ends',
  unknown: 'Words on the baseline, no bar',
  direction: '▲ or ▼ beside a figure, no bar',
} as const satisfies Record<keyof typeof MARK_MEANING, string>

/** The key for the marks this chart draws (only those present), e.g. "Pale bar labelled “(derived)”: derived from other figures". */
export const deckKey = (chart: Pick<DeckChart, 'marks'>): string[] =>
  chart.marks.map((mark) => `${DECK_MARKS[mark]}: ${MARK_MEANING[mark]}`)
