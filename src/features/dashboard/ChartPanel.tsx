import { memo, useRef } from 'react'
import { ChartCard } from '../charts/components/ChartCard'
import { ChartContext } from '../charts/components/ChartContext'
import { ChartDataTable } from '../charts/components/ChartDataTable'
import { ChartView } from '../charts/components/ChartView'
import type { ChartModel } from '../charts/definition'
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
}

/** A chart in its dashboard card, with its context line and its embed and export actions. */
// Memoised: a URL change that leaves this chart's model and selection alone skips it.
export const ChartPanel = memo(function ChartPanel({ model, index, theme, selectedId, onSelect }: ChartPanelProps) {
  const body = useRef<HTMLDivElement>(null)
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
          getWidth={() => body.current?.getBoundingClientRect().width ?? 0}
        />
      }
      footer={<ChartContext lines={model.context} selectedId={selectedId} onSelect={onSelect} />}
    >
      <ShowEvidence fact={model.facts.find((f) => f.id === selectedId)} drawingRef={body}>
        <ChartView model={model} medium="card" selectedId={selectedId} onSelect={onSelect} />
      </ShowEvidence>
    </ChartCard>
  )
})
