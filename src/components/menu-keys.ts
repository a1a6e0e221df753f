/**
 * Where a key moves the focus in a menu of `count` items (WAI-ARIA menu
 * pattern): arrows step and wrap, Home and End jump. Null: not a moving key.
 */
export function menuTarget(key: string, current: number, count: number): number | null {
  if (count === 0) return null
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1
    case 'Home':
    case 'PageUp':
      return 0
    case 'End':
    case 'PageDown':
      return count - 1
    default:
      return null
  }
}
