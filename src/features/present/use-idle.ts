import { useEffect, useState } from 'react'

/** After this long with no pointer, tap or focus change, the deck's controls fade: the slide is what the room looks at. */
export const IDLE_MS = 3000

// Not a key: a clicker's or the arrows' slide change would bring the buttons back over each new slide. Tab does, by
// the focus it moves.
const WAKING = ['pointermove', 'pointerdown', 'focusin'] as const

/** Whether the reader has left the pointer and the focus alone for `ms`; a move, a tap or a focus change ends it. */
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
