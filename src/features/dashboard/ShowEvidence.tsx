import type { KeyboardEvent, ReactNode, RefObject } from 'react'
import { useRef } from 'react'
import type { Fact } from '../../domain/schema.ts'
import { focusEvidence } from '../evidence/index.ts'

/** The chart's marks that Tab stops on, in order (toggle buttons: they carry aria-pressed). */
const markStops = (drawing: HTMLElement | null) =>
  [...(drawing?.querySelectorAll<HTMLElement | SVGElement>('[aria-pressed]') ?? [])].filter((m) => m.tabIndex >= 0)

const plainTab = (e: KeyboardEvent) => e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey

/**
 * A chart's drawing and, once one of its facts is selected, a "Show evidence"
 * button that moves the focus to the evidence panel's heading. In Tab order
 * the button comes straight after the selected mark (and before the next), so
 * from a mark just chosen the evidence is one Tab and Enter away.
 */
export function ShowEvidence({
  fact,
  drawingRef,
  children,
}: {
  /** The selected fact, if this chart holds it. */
  fact: Fact | undefined
  drawingRef: RefObject<HTMLDivElement | null>
  children: ReactNode
}) {
  const button = useRef<HTMLButtonElement>(null)
  // Set while the button holds its place after the selected mark; reached in page order
  // (after the last mark), it is an ordinary button and Tab goes on from there.
  const besideMark = useRef(false)
  const selectedAndNext = () => {
    const marks = markStops(drawingRef.current)
    const at = marks.findIndex((m) => m.getAttribute('aria-pressed') === 'true')
    return at === -1
      ? { marks, selected: undefined, next: undefined }
      : { marks, selected: marks[at], next: marks[at + 1] }
  }

  // Tab from the selected mark, or Shift+Tab from the one after it, stops on the button first.
  const onDrawingKeyDown = (e: KeyboardEvent) => {
    if (!fact || !plainTab(e)) return
    const { selected, next } = selectedAndNext()
    if (!selected || e.target !== (e.shiftKey ? next : selected)) return
    e.preventDefault()
    button.current?.focus()
    besideMark.current = true
  }

  // …and from there, Tab goes on to the next mark and Shift+Tab back to the selected one. Escape clears the
  // selection (useEscapeClears), which takes this button away: the focus goes back to the mark first.
  const onButtonKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return selectedAndNext().selected?.focus()
    if (!plainTab(e) || !besideMark.current) return
    const { selected, next } = selectedAndNext()
    const target = e.shiftKey ? selected : next
    if (!target) return
    e.preventDefault()
    target.focus()
  }

  return (
    <>
      <div ref={drawingRef} onKeyDown={onDrawingKeyDown}>
        {children}
      </div>
      {/* The slot keeps its height selected or not, so choosing a mark never moves the card. */}
      <div className="no-print mt-2 flex h-8 items-center">
        {fact ? (
          <button
            ref={button}
            type="button"
            onClick={focusEvidence}
            onKeyDown={onButtonKeyDown}
            onBlur={() => (besideMark.current = false)}
            className="h-8 rounded-md border border-slate-300 px-2.5 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
          >
            Show evidence<span className="sr-only"> for {fact.label}</span>
          </button>
        ) : (
          <p className="text-xs text-slate-600 dark:text-slate-300">Select a value to see its sources.</p>
        )}
      </div>
    </>
  )
}
