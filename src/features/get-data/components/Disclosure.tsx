import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { NoScript } from '../../../components/NoScript.tsx'

/**
 * A <details> whose content is rendered only once opened: the citations (text boxes with their copy
 * state) stay out of hydration, which the charts are waiting on. The built page carries the content for
 * readers without script, for whom a <details> opens by itself.
 */
export function Disclosure({
  summary,
  className = '',
  summaryClassName = 'cursor-pointer font-medium',
  children,
}: {
  summary: ReactNode
  className?: string
  summaryClassName?: string
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const details = useRef<HTMLDetailsElement>(null)
  // Opened before the app had the page (the browser opens a <details> by itself): its content is drawn now.
  useLayoutEffect(() => void (details.current?.open && setOpen(true)), [])
  return (
    <details ref={details} className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={summaryClassName}>{summary}</summary>
      {open ? children : <NoScript>{children}</NoScript>}
    </details>
  )
}
