import { startTransition, useEffect, useState } from 'react'
import { isHydrating } from '../lib/hydrating.ts'

/**
 * A value only the browser knows (the page's address, a media query), for render: `serverValue` on the server
 * and while a built page hydrates, so the markup matches, then the browser's, set in a transition, and kept
 * current through `subscribe`. `read` and `subscribe` must keep their identity between renders.
 *
 * Not useSyncExternalStore with a server snapshot: where the two differ, React renders again at once, synchronously,
 * and at takeover that render takes the charts' first measured redraws with it, in the task that commits the
 * hydration: the longest task of a phone's load.
 */
export function useClientValue<T>(read: () => T, serverValue: T, subscribe?: (onChange: () => void) => () => void): T {
  const [value, setValue] = useState(() => (typeof window === 'undefined' || isHydrating() ? serverValue : read()))
  useEffect(() => {
    startTransition(() => setValue(read()))
    return subscribe?.(() => setValue(read()))
  }, [read, subscribe])
  return value
}
