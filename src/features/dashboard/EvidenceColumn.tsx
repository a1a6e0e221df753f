import { useEffect, useRef, type ReactNode } from 'react'
import { EVIDENCE_HEADING_ID } from '../evidence/index.ts'

type Focusable = HTMLElement | SVGElement

/**
 * The evidence beside the charts on wide screens: a sticky, non-modal column.
 * It remembers what the reader selected the fact with (a mark, a figure, a
 * table row) and, when the panel closes with the focus inside it, gives the
 * focus back there. Escape inside it closes it.
 */
export function EvidenceColumn({
  open,
  factId,
  onClose,
  children,
}: {
  open: boolean
  factId: string | null
  onClose: () => void
  children: ReactNode
}) {
  const aside = useRef<HTMLElement>(null)
  const returnTo = useRef<Focusable | null>(null)

  useEffect(() => {
    const active = document.activeElement
    const inPanel = active !== null && (aside.current?.contains(active) ?? false)
    if (open) {
      // A fact chosen inside the panel (a formula's input) keeps the mark the reader came from.
      if ((active instanceof HTMLElement || active instanceof SVGElement) && active !== document.body && !inPanel)
        returnTo.current = active
      return
    }
    const target = returnTo.current
    returnTo.current = null
    // Only if the focus was in the panel (or went with its Close button): never pull it from elsewhere.
    if (target?.isConnected && (active === null || active === document.body || inPanel)) target.focus()
  }, [open, factId])

  return (
    <aside
      ref={aside}
      aria-labelledby={EVIDENCE_HEADING_ID}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return
        e.preventDefault()
        onClose()
      }}
      // Its scroll padding keeps a focused quote below the sticky heading and Close.
      className="sticky top-4 max-h-[calc(100vh-2rem)] scroll-pt-24 self-start overflow-y-auto rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900 print:static print:max-h-none print:shadow-none"
    >
      {children}
    </aside>
  )
}
