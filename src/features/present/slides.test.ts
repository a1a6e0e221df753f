import { describe, expect, it } from 'vitest'
import { nextSlide, SLIDE_KEYS } from './slides.ts'

describe('nextSlide', () => {
  it('steps forward and back within the deck', () => {
    expect(nextSlide(1, 3, SLIDE_KEYS.ArrowRight)).toBe(2)
    expect(nextSlide(3, 3, SLIDE_KEYS.PageDown)).toBe(3)
    expect(nextSlide(1, 3, SLIDE_KEYS.ArrowLeft)).toBe(1)
    expect(nextSlide(2, 3, SLIDE_KEYS.PageUp)).toBe(1)
  })

  it('jumps to the ends with Home and End', () => {
    expect(nextSlide(2, 3, SLIDE_KEYS.Home)).toBe(1)
    expect(nextSlide(1, 3, SLIDE_KEYS.End)).toBe(3)
  })

  it('goes back with Shift+Space, as presentation tools do', () => {
    expect(nextSlide(2, 3, SLIDE_KEYS[' '], true)).toBe(1)
  })
})
