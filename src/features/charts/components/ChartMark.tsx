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

/** What pressing a mark or a figure in a chart's words does, said after its value. */
export const SHOW_SOURCES = '. Show sources'

/**
 * A selectable data point: focusable, announced as a toggle button, selected
 * by click, Enter or Space, with a focus ring for keyboard users and a hover
 * highlight for pointer users. Until the app has the page (`interactive`; never, without script) it is an image
 * named by its value, out of the Tab order, as no key would select it; a click made meanwhile is kept and replayed.
 */
export function ChartMark({
  mark,
  handlers,
  interactive,
  children,
}: {
  mark: SceneMark
  handlers: MarkHandlers
  interactive: boolean
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
      data-fact={mark.factId}
      {...(interactive
        ? { role: 'button', tabIndex: 0, 'aria-label': mark.label + SHOW_SOURCES, 'aria-pressed': selected, onKeyDown }
        : { role: 'img', 'aria-label': mark.label })}
      // A click is taken from hydration on: one kept from before (app/prerendered-page.ts) is replayed then.
      onClick={() => onSelect(mark.factId)}
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
