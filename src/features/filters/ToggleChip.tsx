import type { ReactNode } from 'react'

/** A filter choice: a toggle button whose pressed state screen readers announce. */
export function ToggleChip({
  pressed,
  onToggle,
  swatch,
  children,
}: {
  pressed: boolean
  onToggle: () => void
  swatch?: string
  children: ReactNode
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onToggle}
      className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 px-3 py-1 text-sm transition-colors hover:border-slate-500 aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white dark:border-slate-600 dark:aria-pressed:border-slate-100 dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900"
    >
      {swatch && <span aria-hidden="true" className="size-2.5 rounded-full" style={{ background: swatch }} />}
      {children}
    </button>
  )
}
