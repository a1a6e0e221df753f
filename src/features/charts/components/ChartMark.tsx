import type { KeyboardEvent, ReactNode } from 'react'
import { roundBox, type Box, type SceneMark } from '../layout/scene.ts'

// WCAG 2.2's minimum target: however thin the drawn mark (a vague band is a few px tall).
const MIN_TARGET = 24

/** The rectangle `pad` px outside a mark (rounded as the scene is: -0.94 - 4 is -4.9399999999999995). */
const around = (box: Box, pad: number) => ({
  ...roundBox({
    x: box.x - pad,
    y: box.y - pad,
    width: Math.max(box.width, 0) + 2 * pad,
    height: Math.max(box.height, 0) + 2 * pad,
  }),
  rx: pad,
})

/** The pointer's target: the mark, and at least MIN_TARGET px each way on its centre. */
const target = (box: Box) =>
  roundBox({
    x: box.x + Math.min(0, box.width - MIN_TARGET) / 2,
    y: box.y + Math.min(0, box.height - MIN_TARGET) / 2,
    width: Math.max(box.width, MIN_TARGET),
    height: Math.max(box.height, MIN_TARGET),
  })

export interface MarkHandlers {
  selectedId: string | null
  onSelect: (factId: string) => void
  /** The pointer entered (a mark) or left (null) a mark: for the tooltip. */
  onHover?: (mark: SceneMark | null) => void
}

/**
 * A selectable data point: focusable, announced as a toggle button, selected
 * by click, Enter or Space, with a focus ring for keyboard users and a hover
 * highlight for pointer users.
 */
export function ChartMark({
  mark,
  handlers,
  children,
}: {
  mark: SceneMark
  handlers: MarkHandlers
  children: ReactNode
}) {
  const { selectedId, onSelect, onHover } = handlers
  const selected = mark.factId === selectedId
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      onSelect(mark.factId)
    }
  }
  const { box } = mark
  return (
    <g
      className="chart-mark"
      role="button"
      tabIndex={0}
      aria-label={mark.label}
      aria-pressed={selected}
      data-fact={mark.factId}
      onClick={() => onSelect(mark.factId)}
      onKeyDown={onKeyDown}
      onPointerEnter={onHover && (() => onHover(mark))}
      onPointerLeave={onHover && (() => onHover(null))}
    >
      <rect {...target(box)} fill="transparent" />
      {children}
      {/* One ring for hover and keyboard focus, drawn by index.css: a built page carries each mark four times. */}
      <rect className="mark-ring" {...around(box, 4)} />
      {selected && (
        <rect {...around(box, 2)} fill="none" stroke="currentColor" strokeWidth={1.5} strokeDasharray="2 2" />
      )}
    </g>
  )
}
