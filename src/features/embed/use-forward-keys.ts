import { useEffect } from 'react'
import { keyToForward, type ForwardedKey } from './forward-keys.ts'
import { readHostLook } from './host-scheme.ts'

/** Which way a key scrolls: [x, y], each -1, 0 or 1. */
function scrollDirection(key: ForwardedKey, shiftKey: boolean): [number, number] {
  if (key === 'ArrowLeft') return [-1, 0]
  if (key === 'ArrowRight') return [1, 0]
  if (key === 'ArrowUp' || key === 'PageUp' || key === 'Home' || (key === ' ' && shiftKey)) return [0, -1]
  if (key === 'Escape') return [0, 0]
  return [0, 1]
}

/** Whether `el` can still scroll that way: a box that scrolls (or the page itself) with room left. */
function hasRoom(el: Element, [x, y]: [number, number]): boolean {
  const page = el === document.scrollingElement
  const style = getComputedStyle(el)
  const scrolls = (overflow: string) => page || /auto|scroll/.test(overflow)
  if (y && scrolls(style.overflowY))
    return y < 0 ? el.scrollTop > 0 : el.scrollTop + el.clientHeight < el.scrollHeight - 1
  if (x && scrolls(style.overflowX))
    return x < 0 ? el.scrollLeft > 0 : el.scrollLeft + el.clientWidth < el.scrollWidth - 1
  return false
}

/** Whether the key would scroll something in the embed (the evidence popover, a frame too small for its chart). */
function scrollsInside(target: EventTarget | null, key: ForwardedKey, shiftKey: boolean): boolean {
  const direction = scrollDirection(key, shiftKey)
  // Up to the root element, which scrolls the page.
  for (let el: Element | null = target instanceof Element ? target : document.body; el; el = el.parentElement)
    if (hasRoom(el, direction)) return true
  return false
}

/**
 * Hands the page the presentation keys the embed does not use, once embed-resize.js there has said it
 * replays them (its answer to the embed's hello, see host-scheme.ts), so a deck moves and a page scrolls
 * after a click in the chart. Tab, Enter and Space on a mark stay here: keyboard readers still move
 * between marks and select them. The answer is kept as it arrives, not through React state, so no key
 * pressed after it is missed; listening on the window, the last stop of a key's way, lets every handler
 * of the embed have its say first.
 */
export function useForwardKeys() {
  useEffect(() => {
    if (window.parent === window) return
    let hostOrigin: string | null = null
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && readHostLook(event.data)?.replaysKeys) hostOrigin = event.origin
    }
    const onKeyDown = (event: KeyboardEvent) => {
      const message = hostOrigin ? keyToForward(event) : null
      if (!hostOrigin || !message || scrollsInside(event.target, message.key, message.shiftKey)) return
      // The page does what the browser would (scroll) where nothing there takes the key: not twice.
      event.preventDefault()
      window.parent.postMessage(message, hostOrigin)
    }
    window.addEventListener('message', onMessage)
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('message', onMessage)
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [])
}
