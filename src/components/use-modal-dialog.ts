import { useEffect, useRef, type SyntheticEvent } from 'react'
import { wrapTab } from './tabbable.ts'

/**
 * The props of a <dialog> that opens as modal when it mounts (the page behind turns inert), keeps Tab inside
 * it, and gives focus back to whatever opened it when it goes away: the dialog is removed from the page by state,
 * not closed, so the browser would not restore focus by itself. Escape asks `onClose` to remove it.
 */
export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const opener =
      document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement
        ? document.activeElement
        : null
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    // Browsers let Tab leave a modal dialog for their own toolbars; a reader of the dialog stays in it.
    const onKeyDown = (e: KeyboardEvent) => void (dialog && wrapTab(dialog, e))
    dialog?.addEventListener('keydown', onKeyDown)
    return () => {
      dialog?.removeEventListener('keydown', onKeyDown)
      dialog?.close()
      if (opener?.isConnected) opener.focus()
    }
  }, [ref])
  const onCancel = (e: SyntheticEvent) => {
    e.preventDefault()
    onClose()
  }
  return { ref, onCancel }
}
