import { lazy, type ComponentType } from 'react'

/**
 * React.lazy whose import can be tried again: React keeps a lazy component's failed import for good, so the
 * "Try again" of the error boundary around it would only show the same error. `retry` (for the boundary's
 * onRetry, or its onCaught where the part can also be opened anew) makes the next render import the code afresh,
 * which the browser fetches again.
 */
export function retryingLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let Current = lazy(load)
  const Component = (props: P) => <Current {...props} />
  const retry = () => void (Current = lazy(load))
  return [Component, retry] as const
}
