import { useState, type FocusEvent, type ReactNode } from 'react'
import { focusEvidence } from './focus-evidence.ts'

/**
 * A key figure's or a table row's button, then, while it is selected and the keyboard is on it, "Show evidence for
 * …": where the evidence is a column beside them, selecting changes it without a word, and the way there by Tab
 * runs through the charts. Hidden until the keyboard reaches it, as a skip link is; a pointer has the column in
 * sight, and where the evidence opens as a sheet, selecting has already moved the focus into it. Only while the
 * focus is here: a chart's own "Show evidence" for the same fact is the one elsewhere.
 */
export function WithEvidenceRoute({
  selected,
  label,
  className,
  children,
}: {
  selected: boolean
  label: string
  /** Where the shown button goes: not-sr-only resets padding, margins and position, so they are set for the focus. */
  className: string
  children: ReactNode
}) {
  const [here, setHere] = useState(false)
  const onBlur = (e: FocusEvent) => setHere(e.currentTarget.contains(e.relatedTarget))
  return (
    <div className="contents" onFocus={() => setHere(true)} onBlur={onBlur}>
      {children}
      {selected && here && (
        <button
          type="button"
          onClick={focusEvidence}
          className={`sr-only rounded-md border border-slate-300 bg-white text-sm font-medium text-slate-800 focus:not-sr-only focus:px-2.5 focus:py-1 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ${className}`}
        >
          Show evidence<span className="sr-only"> for {label}</span>
        </button>
      )}
    </div>
  )
}
