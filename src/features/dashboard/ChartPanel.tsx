import { memo, useMemo, useRef } from 'react'
import {
  ChartCard,
  ChartDataTable,
  ChartView,
  NARROWEST_CARD_WIDTH,
  chartFrame,
  BASE_FONT_SIZE,
} from '../charts/index.ts'
import type { ChartModel } from '../charts/index.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { Theme } from '../url-state/index.ts'
import { ChartActions } from './ChartActions.tsx'
import { ShowEvidence } from './ShowEvidence.tsx'

export interface ChartPanelProps {
  model: ChartModel
  index: DatasetIndex
  theme: Theme
  selectedId: string | null
  onSelect: (factId: string) => void
}

/** A chart in its dashboard card, with its context line and its embed and export actions. */
// Memoised: a URL change that leaves this chart's model and selection alone skips it.
export const ChartPanel = memo(function ChartPanel({ model, index, theme, selectedId, onSelect }: ChartPanelProps) {
  const body = useRef<HTMLDivElement>(null)
  // Worded for the narrowest card, so the words never depend on the screen (like the card's height).
  const frame = useMemo(
    () => chartFrame(model, 'card', { width: NARROWEST_CARD_WIDTH + 2 * BASE_FONT_SIZE, height: null }),
    [model],
  )
  return (
    <ChartCard
      model={model}
      frame={frame}
      index={index}
      selectedId={selectedId}
      onSelect={onSelect}
      table={<ChartDataTable model={model} />}
      actions={
        <ChartActions
          model={model}
          index={index}
          theme={theme}
          getWidth={() => body.current?.getBoundingClientRect().width ?? 0}
        />
      }
    >
      <ShowEvidence fact={model.facts.find((f) => f.id === selectedId)} drawingRef={body}>
        <ChartView model={model} medium="card" selectedId={selectedId} onSelect={onSelect} />
      </ShowEvidence>
    </ChartCard>
  )
})
