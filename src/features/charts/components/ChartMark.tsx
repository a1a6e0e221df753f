import type { KeyboardEvent, ReactNode } from 'react'
import { useChartSelection } from './chart-selection'

const MIN_TARGET = 24

export interface MarkBox {
  x: number
  y: number
  width: number
  height: number
}

/**
 * A selectable data point: focusable, announced as a toggle button, selected
 * by click, Enter or Space. Draws a focus ring around `box` for keyboard users.
 */
export function ChartMark({
  factId,
  label,
  box,
  children,
}: {
  factId: string
  label: string
  box: MarkBox
  children: ReactNode
}) {
  const { selectedId, onSelect: select } = useChartSelection()
  const selected = factId === selectedId
  const onSelect = () => select(factId)
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      onSelect()
    }
  }
  return (
    <g
      className="chart-mark"
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      {/* A target of at least 24 × 24 px, however thin the drawn mark (the vague band is a few px tall). */}
      <rect
        data-export-omit
        x={box.x + Math.min(0, box.width - MIN_TARGET) / 2}
        y={box.y + Math.min(0, box.height - MIN_TARGET) / 2}
        width={Math.max(box.width, MIN_TARGET)}
        height={Math.max(box.height, MIN_TARGET)}
        fill="transparent"
      />
      {children}
      <rect
        className="focus-ring"
        x={box.x - 4}
        y={box.y - 4}
        width={Math.max(box.width, 0) + 8}
        height={Math.max(box.height, 0) + 8}
        rx={4}
        fill="none"
        stroke="var(--chart-text)"
        strokeWidth={2}
      />
      {selected && (
        <rect
          data-export-omit
          x={box.x - 2}
          y={box.y - 2}
          width={Math.max(box.width, 0) + 4}
          height={Math.max(box.height, 0) + 4}
          rx={3}
          fill="none"
          stroke="var(--chart-text)"
          strokeWidth={1.5}
          strokeDasharray="2 2"
        />
      )}
    </g>
  )
}
