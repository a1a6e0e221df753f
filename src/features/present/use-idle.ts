import { useEffect, useState } from 'react'

/** After this long with no pointer, tap or key, the deck's controls fade: the slide is what the room looks at. */
export const IDLE_MS = 3000

const WAKING = ['pointermove', 'pointerdown', 'keydown', 'focusin'] as const

/** Whether the reader has left the pointer and the keyboard alone for `ms`; any move, tap, key or focus ends it. */
export function useIdle(ms = IDLE_MS): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const wake = () => {
      setIdle(false)
      clearTimeout(timer)
      timer = setTimeout(() => setIdle(true), ms)
    }
    for (const type of WAKING) window.addEventListener(type, wake, { passive: true })
    wake()
    return () => {
      clearTimeout(timer)
      for (const type of WAKING) window.removeEventListener(type, wake)
    }
  }, [ms])
  return idle
}
