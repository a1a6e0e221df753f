import type { ReactNode } from 'react'
import type { Fact } from '../../domain/schema.ts'
import { focusEvidence } from './focus-evidence.ts'

/**
 * The toggle that selects a fact from a key figure or a table row, then, while the fact is selected, "Show evidence
 * for …": where the evidence is a column beside them, selecting changes it without a word, and the way there by Tab
 * runs through the charts. The second button is hidden until the keyboard reaches it, as a skip link is: a pointer
 * has the column in sight, and where the evidence opens as a sheet, selecting has already moved the focus into it.
 * No state and no wrapper: the facts table draws one per row, and a filter click at 100× redraws them all.
 */
export function FactToggle({
  id,
  fact,
  selected,
  onSelect,
  className,
  routeClassName,
  children,
}: {
  /** For a cell that takes its name from the toggle alone, not from the route beside it. */
  id?: string
  fact: Fact
  selected: boolean
  onSelect: (factId: string) => void
  className: string
  /** Where the shown route goes: not-sr-only resets padding, margins and position, so they are set for the focus. */
  routeClassName: string
  children: ReactNode
}) {
  return (
    <>
      <button
        id={id}
        type="button"
        aria-pressed={selected}
        onClick={(e) => {
          // A table row selects on a click too: a click here is not the row's as well.
          e.stopPropagation()
          onSelect(fact.id)
        }}
        className={className}
      >
        {children}
      </button>
      {selected && (
        <button
          type="button"
          onClick={(e) => {
            e.stopPropagation()
            focusEvidence()
          }}
          // Escape clears the selection, which takes this button away: the focus goes back to the toggle first.
          onKeyDown={(e) => {
            if (e.key === 'Escape') (e.currentTarget.previousElementSibling as HTMLElement | null)?.focus()
          }}
          className={`sr-only rounded-md border border-slate-300 bg-white text-sm font-medium text-slate-800 focus:not-sr-only focus:px-2.5 focus:py-1 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ${routeClassName}`}
        >
          Show evidence<span className="sr-only"> for {fact.label}</span>
        </button>
      )}
    </>
  )
}
