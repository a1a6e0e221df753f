import { useCallback } from 'react'
import { useClientValue } from './use-client-value.ts'

/** Whether a CSS media query matches now (false on the server and while a built page hydrates); follows resizes and zoom. */
export function useMediaQuery(query: string): boolean {
  const read = useCallback(() => window.matchMedia(query).matches, [query])
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    [query],
  )
  return useClientValue(read, false, subscribe)
}
