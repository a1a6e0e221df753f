import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** What failed, for the message: "The market share chart". */
  name: string
  children: ReactNode
  /** Told once an error is caught and its message is on screen. */
  onCaught?: () => void
  /** Told when the reader asks to try again, before the children render anew (a lazy import to fetch again). */
  onRetry?: () => void
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
    return (
      <div
        role="alert"
        className="rounded-xl border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <p className="font-semibold">{this.props.name} could not be shown.</p>
        <p className="mt-1 break-words">{error.message}</p>
        <button
          type="button"
          onClick={() => {
            this.props.onRetry?.()
            this.setState({ error: null })
          }}
          className="mt-2 rounded-md border border-red-400 px-3 py-1 font-medium hover:bg-red-100 dark:hover:bg-red-900"
        >
          Try again
        </button>
      </div>
    )
  }
}
