import { DECK_MARKS, MARK_MEANING } from '../../charts/index.ts'
import type { DeckChart } from './deck-chart.ts'

/** The key for the marks this chart draws (only those present), e.g. "Pale bar labelled “(derived)”: derived from other figures". */
export const deckKey = (chart: Pick<DeckChart, 'marks'>): string[] =>
  chart.marks.map((mark: keyof typeof MARK_MEANING) => `${DECK_MARKS[mark]}: ${MARK_MEANING[mark]}`)
