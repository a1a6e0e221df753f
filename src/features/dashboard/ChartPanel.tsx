import type { ReactNode } from 'react'
import type { ChartModel } from '../charts/chart-models'
import { ChartBody } from '../charts/components/ChartBody'
import { ChartCard } from '../charts/components/ChartCard'
import { ChartContext } from '../charts/components/ChartContext'
import { ChartDataTable } from '../charts/components/ChartDataTable'

/** A chart in its dashboard card, with its context line and actions. */
export function ChartPanel({
  model,
  selectedId,
  onSelect,
  actions,
}: {
  model: ChartModel
  selectedId: string | null
  onSelect: (factId: string) => void
  actions?: ReactNode
}) {
  return (
    <ChartCard
      title={model.title}
      subtitle={model.subtitle}
      source={model.source}
      empty={model.empty}
      summary={model.summary}
      table={<ChartDataTable caption={`${model.title}: data`} rows={model.rows} />}
      actions={actions}
      footer={<ChartContext model={model} selectedId={selectedId} onSelect={onSelect} />}
    >
      <ChartBody model={model} selectedId={selectedId} onSelect={onSelect} />
    </ChartCard>
  )
}
