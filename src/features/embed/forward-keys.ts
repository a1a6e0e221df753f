/** Message an embed posts to its page with a key it does not use: embed-resize.js replays it there. */
export const KEY_MESSAGE = 'cloud-market-dashboard:key'

/**
 * The keys a slide deck or a scrolling page moves with. A click in an iframe gives it the keyboard, so
 * without this a reveal.js deck stops at the slide with the chart; embed-resize.js replays only these.
 */
export const FORWARDED_KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  ' ',
  'Home',
  'End',
  'Escape',
] as const
export type ForwardedKey = (typeof FORWARDED_KEYS)[number]

export interface KeyMessage {
  type: typeof KEY_MESSAGE
  key: ForwardedKey
  code: string
  shiftKey: boolean
  altKey: boolean
  repeat: boolean
}

const isForwarded = (key: string): key is ForwardedKey => (FORWARDED_KEYS as readonly string[]).includes(key)

// Where every key means something: typing, choosing an option, moving a caret.
const TAKES_KEYS = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])'
// Space presses these (a chart mark is a role="button"); on anything else it scrolls, as on a page.
const PRESSED_BY_SPACE =
  'button, summary, [role="button"], [role="checkbox"], [role="switch"], [role="menuitem"], [role="option"], [role="tab"]'

/**
 * The message that hands a key press back to the page, or null where the embed uses the key: a handler
 * took it (preventDefault), focus is in a control that reads keys, or Space presses what has focus.
 * Ctrl and Meta combinations are the browser's and the system's shortcuts, never the deck's.
 */
export function keyToForward(
  event: Pick<
    KeyboardEvent,
    'key' | 'code' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey' | 'repeat' | 'isComposing' | 'defaultPrevented'
  > & { target: EventTarget | null },
): KeyMessage | null {
  const { key, target } = event
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || !isForwarded(key)) return null
  const element = target instanceof Element ? target : null
  if (element?.closest(TAKES_KEYS)) return null
  if (key === ' ' && element?.closest(PRESSED_BY_SPACE)) return null
  return {
    type: KEY_MESSAGE,
    key,
    code: event.code,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    repeat: event.repeat,
  }
}
