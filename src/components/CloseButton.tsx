/** "Close", with what it closes spoken to screen readers ("Close evidence", "Close article"). */
export function CloseButton({
  what,
  onClose,
  bordered = false,
}: {
  what: string
  onClose: () => void
  bordered?: boolean
}) {
  return (
    <button
      type="button"
      onClick={onClose}
      className={`shrink-0 rounded-md px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 ${bordered ? 'border border-slate-300 dark:border-slate-600' : ''}`}
    >
      Close<span className="sr-only"> {what}</span>
    </button>
  )
}
