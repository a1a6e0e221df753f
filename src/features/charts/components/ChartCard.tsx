import type { ReactNode } from 'react'
import type { DatasetIndex } from '../../../domain/dataset-index.ts'
import type { ChartModel } from '../definition.ts'
import type { ChartFrame } from '../layout/frame.ts'
import { FrameView } from './FrameView.tsx'

export interface ChartCardProps {
  model: ChartModel
  /** The chart's frame on a card: its title, subtitle, context figures and short source. */
  frame: ChartFrame
  index: DatasetIndex
  selectedId: string | null
  onSelect: (factId: string) => void
  /** The chart's data as a table, read by screen readers in place of the drawing. */
  table: ReactNode
  actions?: ReactNode
  children: ReactNode
}

/** A chart's frame on the dashboard, as a card among others: its actions beside the title. */
export function ChartCard({ model, frame, index, selectedId, onSelect, table, actions, children }: ChartCardProps) {
  return (
    <FrameView
      frame={frame}
      model={model}
      index={index}
      selectedId={selectedId}
      onSelect={onSelect}
      aside={actions}
      className="print-page h-full rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      {children}
      {table}
    </FrameView>
  )
}
