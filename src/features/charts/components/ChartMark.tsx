import type { KeyboardEvent, ReactNode, SVGProps } from 'react'
import { useChartSelection } from './chart-selection'

const MIN_TARGET = 24

/** A rectangle drawn `pad` px outside a mark: the keyboard focus ring and the selection outline. */
function Outline({ box, pad, ...rest }: { box: MarkBox; pad: number } & SVGProps<SVGRectElement>) {
  return (
    <rect
      x={box.x - pad}
      y={box.y - pad}
      width={Math.max(box.width, 0) + 2 * pad}
      height={Math.max(box.height, 0) + 2 * pad}
      rx={pad}
      fill="none"
      stroke="var(--chart-text)"
      {...rest}
    />
  )
}

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
      <Outline className="focus-ring" box={box} pad={4} strokeWidth={2} />
      {selected && <Outline data-export-omit box={box} pad={2} strokeWidth={1.5} strokeDasharray="2 2" />}
    </g>
  )
}
