import { createContext, useContext } from 'react'

export interface ChartSelection {
  selectedId: string | null
  onSelect: (factId: string) => void
}

/**
 * The selected fact, for the marks. Passed by context rather than captured in
 * the bar shape functions: Recharts redraws (remounts) every bar when a shape
 * function changes, which would drop keyboard focus on each selection.
 */
export const ChartSelectionContext = createContext<ChartSelection>({ selectedId: null, onSelect: () => {} })

export const useChartSelection = () => useContext(ChartSelectionContext)
