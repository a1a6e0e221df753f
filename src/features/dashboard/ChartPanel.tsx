import { memo, useRef } from 'react'
import type { ChartModel } from '../charts/chart-models'
import { DeferredMount } from '../../components/DeferredMount'
import { ChartBody, chartHeight } from '../charts/components/ChartBody'
import { ChartCard } from '../charts/components/ChartCard'
import { ChartContext } from '../charts/components/ChartContext'
import { ChartDataTable } from '../charts/components/ChartDataTable'
import type { DatasetIndex } from '../dataset/dataset-index'
import type { Theme } from '../url-state/search-params'
import { ChartActions } from './ChartActions'
import { ShowEvidence } from './ShowEvidence'

export interface ChartPanelProps {
  model: ChartModel
  index: DatasetIndex
  theme: Theme
  selectedId: string | null
  onSelect: (factId: string) => void
  /** Draw after the first paint (a same-height placeholder holds the place until then). */
  deferred?: boolean
}

/** A chart in its dashboard card, with its context line and its embed and export actions. */
// Memoised: a URL change that leaves this chart's model and selection alone skips it.
export const ChartPanel = memo(function ChartPanel({
  model,
  index,
  theme,
  selectedId,
  onSelect,
  deferred = false,
}: ChartPanelProps) {
  const body = useRef<HTMLDivElement>(null)
  const drawing = <ChartBody model={model} selectedId={selectedId} onSelect={onSelect} />
  return (
    <ChartCard
      title={model.title}
      subtitle={model.subtitle}
      source={model.source}
      empty={model.empty}
      summary={model.summary}
      table={<ChartDataTable model={model} />}
      actions={
        <ChartActions
          model={model}
          index={index}
          theme={theme}
          getSvg={() => body.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null}
        />
      }
      footer={<ChartContext model={model} selectedId={selectedId} onSelect={onSelect} />}
    >
      <ShowEvidence fact={model.facts.find((f) => f.id === selectedId)} drawingRef={body}>
        {deferred ? (
          <DeferredMount fallback={<div style={{ height: chartHeight(model) }} />}>{drawing}</DeferredMount>
        ) : (
          drawing
        )}
      </ShowEvidence>
    </ChartCard>
  )
})
