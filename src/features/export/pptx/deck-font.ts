import metrics from 'virtual:deck-font-metrics'
import { textMeasure } from '../../../lib/text-width.ts'

/**
 * Text measured as the deck's Arial sets it (src/config/fonts.ts), at sizes in points, so widths come in
 * points. A character the measured subset lacks (▲, ▼) is taken at 1 em: Arial's are 0.99 em.
 */
export const deckText = textMeasure(metrics, 1)
