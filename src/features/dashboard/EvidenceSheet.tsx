import type { ReactNode } from 'react'
import { useModalDialog } from '../../components/use-modal-dialog.ts'

/**
 * The evidence on narrow screens (a phone, or 200 % zoom): a bottom sheet
 * that is a modal dialog. It takes the focus, keeps Tab inside, makes the page
 * behind inert, and closes with Escape, Close or a tap on the dimmed page;
 * the focus then goes back to the mark that opened it. Its height is set, not its content's: the evidence's code
 * may arrive after the sheet opens, and a sheet that grew then would shift the page half a screen.
 */
export function EvidenceSheet({
  label,
  onClose,
  children,
}: {
  label: string
  onClose: () => void
  children: ReactNode
}) {
  const modal = useModalDialog(onClose)
  return (
    <dialog
      {...modal}
      aria-label={label}
      aria-modal="true"
      // The content fills the dialog, so a click whose target is the dialog itself landed on its backdrop.
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose()
      }}
      className="fixed inset-x-0 top-auto bottom-0 m-0 h-[75vh] max-h-[75vh] w-full max-w-none scroll-pt-24 overflow-y-auto rounded-t-2xl border-t border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="p-4">{children}</div>
    </dialog>
  )
}
