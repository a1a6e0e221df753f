import { describe, expect, it } from 'vitest'
import { menuTarget } from './menu-keys.ts'

describe('menuTarget', () => {
  it('steps with the arrows and wraps at both ends', () => {
    expect(menuTarget('ArrowDown', 0, 4)).toBe(1)
    expect(menuTarget('ArrowDown', 3, 4)).toBe(0)
    expect(menuTarget('ArrowUp', 2, 4)).toBe(1)
    expect(menuTarget('ArrowUp', 0, 4)).toBe(3)
  })

  it('jumps to the first and last item with Home and End (and PageUp, PageDown)', () => {
    expect(menuTarget('Home', 2, 4)).toBe(0)
    expect(menuTarget('End', 1, 4)).toBe(3)
    expect(menuTarget('PageUp', 3, 4)).toBe(0)
    expect(menuTarget('PageDown', 0, 4)).toBe(3)
  })

  it('enters from outside the items (-1) at the first or last', () => {
    expect(menuTarget('ArrowDown', -1, 4)).toBe(0)
    expect(menuTarget('ArrowUp', -1, 4)).toBe(3)
  })

  it('ignores other keys and empty menus', () => {
    expect(menuTarget('a', 0, 4)).toBeNull()
    expect(menuTarget('Enter', 0, 4)).toBeNull()
    expect(menuTarget('ArrowDown', 0, 0)).toBeNull()
  })
})
