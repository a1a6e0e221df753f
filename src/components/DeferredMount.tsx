import { startTransition, useEffect, useState, type ReactNode } from 'react'

/**
 * Shows `fallback` until two frames have been drawn, then `children` in an
 * interruptible render: the first chart paints (its size is measured in the
 * first frame and its bars drawn in the next) before anything else is built.
 */
export function DeferredMount({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let second = 0
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => startTransition(() => setReady(true)))
    })
    return () => {
      cancelAnimationFrame(first)
      cancelAnimationFrame(second)
    }
  }, [])
  return ready ? children : fallback
}
