import { Component, type ErrorInfo, type ReactNode } from 'react'
import { CloseButton } from './CloseButton.tsx'
import { useModalDialog } from './use-modal-dialog.ts'

interface Props {
  /** What failed, for the message: "The market share chart". */
  name: string
  children: ReactNode
  /** Told once an error is caught and its message is on screen. */
  onCaught?: () => void
  /** Told when the reader asks to try again, before the children render anew (a lazy import to fetch again). */
  onRetry?: () => void
  /**
   * For a part that is a dialog (its code failed to arrive): the failure is shown as a dialog too, where the reader
   * is looking, and Close gives up, as closing the dialog would have.
   */
  onClose?: () => void
}

/**
 * Keeps one broken part from blanking the page: it shows what failed and
 * lets the reader try again, while the rest of the page keeps working.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} failed`, error, info.componentStack)
    this.props.onCaught?.()
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    const { name, onRetry, onClose } = this.props
    const failure = (
      <Failure
        name={name}
        error={error}
        onRetry={() => {
          onRetry?.()
          this.setState({ error: null })
        }}
      />
    )
    return onClose ? (
      <FailureDialog what={name} onClose={onClose}>
        {failure}
      </FailureDialog>
    ) : (
      failure
    )
  }
}

function Failure({ name, error, onRetry }: { name: string; error: Error; onRetry: () => void }) {
  return (
    <div
      role="alert"
      className="rounded-xl border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{name} could not be shown.</p>
      <p className="mt-1 break-words">{error.message}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-2 rounded-md border border-red-400 px-3 py-1 font-medium hover:bg-red-100 dark:hover:bg-red-900"
      >
        Try again
      </button>
    </div>
  )
}

function FailureDialog({ what, onClose, children }: { what: string; onClose: () => void; children: ReactNode }) {
  const modal = useModalDialog(onClose)
  return (
    <dialog
      {...modal}
      aria-label={what}
      className="m-auto w-[min(32rem,94vw)] space-y-3 rounded-xl bg-white p-4 text-slate-900 shadow-2xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
    >
      {children}
      <div className="flex justify-end">
        <CloseButton what={what.toLowerCase()} onClose={onClose} bordered />
      </div>
    </dialog>
  )
}
