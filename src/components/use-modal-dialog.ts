import { useEffect, type RefObject } from 'react'

/**
 * Opens a <dialog> as modal when it mounts, and gives focus back to whatever
 * opened it when it goes away: the dialog is removed from the page by state,
 * not closed, so the browser would not restore focus by itself.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>) {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => {
      dialog?.close()
      if (opener?.isConnected) opener.focus()
    }
  }, [ref])
}
