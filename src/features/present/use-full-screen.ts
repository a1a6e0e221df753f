import { useSyncExternalStore } from 'react'

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange)
  return () => document.removeEventListener('fullscreenchange', onChange)
}

/** Whether the page is full screen now, and a toggle (a click or a key press gives the gesture it needs). */
export function useFullScreen(): [boolean, () => void] {
  const on = useSyncExternalStore(
    subscribe,
    () => document.fullscreenElement !== null,
    () => false,
  )
  const toggle = () => {
    const change = on ? document.exitFullscreen?.() : document.documentElement.requestFullscreen?.()
    // A browser that refuses (an iframe without permission, no Fullscreen API) leaves the deck as it is.
    void change?.catch(() => {})
  }
  return [on, toggle]
}
