import type { ReactNode } from 'react'

/**
 * An inline figure that opens its evidence: a number in running text is a link to its sources. Until the app has
 * the page (`interactive`; never, without script) it is the figure in bold, not a button that does nothing.
 */
export function FactButton({
  selected,
  onSelect,
  children,
  label,
  interactive,
}: {
  selected: boolean
  onSelect: () => void
  children: ReactNode
  label?: string
  interactive: boolean
}) {
  if (!interactive) return <span className="font-semibold text-slate-900 dark:text-slate-50">{children}</span>
  return (
    <button
      type="button"
      aria-pressed={selected}
      aria-label={label}
      onClick={onSelect}
      className="-mx-0.5 rounded px-0.5 font-semibold text-slate-900 underline decoration-slate-400 decoration-dotted underline-offset-4 hover:decoration-slate-900 aria-pressed:bg-amber-100 dark:text-slate-50 dark:hover:decoration-slate-50 dark:aria-pressed:bg-amber-900/60"
    >
      {children}
    </button>
  )
}
