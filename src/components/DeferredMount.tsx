import { useDeferredValue, type ReactNode } from 'react'

/**
 * Shows `fallback` in the first render and `children` in a second,
 * interruptible one, so what matters most paints first.
 */
export function DeferredMount({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const ready = useDeferredValue(true, false)
  return ready ? children : fallback
}
