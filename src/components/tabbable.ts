const CANDIDATES =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]'

/** The elements inside `root` that Tab stops on, in document order: enabled, shown, not taken out with tabindex="-1". */
export function tabbables(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CANDIDATES)].filter(
    (el) => el.tabIndex >= 0 && !el.closest('[inert]') && (el.checkVisibility?.() ?? true),
  )
}

const precedes = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)

/**
 * Keeps Tab inside `root`: from the last stop (or anything after it) Tab
 * wraps to the first, from the first Shift+Tab wraps to the last, and from
 * outside `root` either key comes back in. Otherwise the browser moves the
 * focus as usual. Returns true when it moved the focus.
 */
export function wrapTab(root: Element, event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'preventDefault'>): boolean {
  if (event.key !== 'Tab') return false
  const stops = tabbables(root)
  if (stops.length === 0) return false
  const active = document.activeElement
  let target: HTMLElement | undefined
  if (!active || !root.contains(active)) target = event.shiftKey ? stops.at(-1) : stops[0]
  else if (event.shiftKey && !stops.some((s) => s !== active && precedes(s, active))) target = stops.at(-1)
  else if (!event.shiftKey && !stops.some((s) => s !== active && precedes(active, s))) target = stops[0]
  if (!target) return false
  event.preventDefault()
  target.focus()
  return true
}
