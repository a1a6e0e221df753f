import type { ReactNode } from 'react'

const TONES = {
  error: 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
  warning: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
  info: 'border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200',
} as const

/** A message box; errors are announced at once (role="alert"), the rest politely. `onDismiss` adds a Dismiss button. */
export function Notice({
  tone,
  title,
  onDismiss,
  children,
}: {
  tone: keyof typeof TONES
  title: string
  onDismiss?: () => void
  children?: ReactNode
}) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-lg border p-4 text-sm ${TONES[tone]}`}>
      <div className="flex items-start justify-between gap-3">
        <p className="font-semibold">{title}</p>
        {onDismiss && (
          <button
            type="button"
            onClick={onDismiss}
            className="-my-1 shrink-0 rounded-md border border-current/40 px-2.5 py-1 font-medium hover:bg-black/5 dark:hover:bg-white/10"
          >
            Dismiss<span className="sr-only"> notice</span>
          </button>
        )}
      </div>
      {children && <div className="mt-1 space-y-2">{children}</div>}
    </div>
  )
}
