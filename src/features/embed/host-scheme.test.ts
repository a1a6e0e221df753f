import { describe, expect, it } from 'vitest'
import { PALETTE } from '../../config/palette.ts'
import { HOST_MESSAGE, legiblePalette, luminance, readHostLook } from './host-scheme.ts'

/** The look embed-resize.js reports for an iframe over these colours (none: the page paints nothing). */
const over = (scheme: 'light' | 'dark', ...background: string[]) =>
  readHostLook({ type: HOST_MESSAGE, scheme, background, keys: true })!

describe('luminance', () => {
  it('reads computed rgb(), rgba() and the palette’s hex, and skips a see-through colour', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1)
    expect(luminance('#000000')).toBe(0)
    expect(luminance('rgba(25, 25, 25, 0.5)')).toBeCloseTo(luminance('#191919')!)
    expect(luminance('rgba(0, 0, 0, 0)')).toBeNull()
    expect(luminance('linear-gradient(red, blue)')).toBeNull()
  })
})

describe('readHostLook', () => {
  it('reads the script’s answer, and nothing else', () => {
    expect(over('dark', 'rgb(25, 25, 25)')).toEqual({
      scheme: 'dark',
      background: [luminance('rgb(25, 25, 25)')],
      replaysKeys: true,
    })
    expect(readHostLook({ type: HOST_MESSAGE, scheme: 'dark', background: [] })?.replaysKeys).toBe(false)
    for (const data of [null, 'x', { type: 'other', scheme: 'dark', background: [] }, { type: HOST_MESSAGE }])
      expect(readHostLook(data)).toBeNull()
  })

  it('takes the page’s canvas where it paints no background', () => {
    expect(over('light').background).toEqual([1])
    expect(over('dark').background[0]).toBeLessThan(0.01)
  })
})

describe('legiblePalette', () => {
  const black = 'rgb(25, 25, 25)' // a reveal.js black deck
  const navy = 'rgb(30, 58, 95)'
  const white = 'rgb(255, 255, 255)'
  const yellow = 'rgb(255, 225, 77)'

  it('keeps the chosen theme where its text is legible on the page', () => {
    expect(legiblePalette('dark', over('light', black))).toBe('dark')
    expect(legiblePalette('dark', over('light', navy))).toBe('dark')
    expect(legiblePalette('light', over('light', yellow))).toBe('light')
  })

  it('turns a chart that would vanish into the one that reads there', () => {
    expect(legiblePalette('dark', over('dark', white))).toBe('light')
    expect(legiblePalette('light', over('light', black))).toBe('dark')
    expect(legiblePalette('dark', over('light'))).toBe('light')
  })

  it('takes the better palette for the worst stop of a gradient, or where no theme is chosen', () => {
    expect(legiblePalette(null, over('light', 'rgb(253, 230, 138)', 'rgb(249, 168, 212)'))).toBe('light')
    expect(legiblePalette(null, over('dark'))).toBe('dark')
    expect(legiblePalette(null, over('light', navy))).toBe('dark')
  })

  it('on any grey, keeps the chosen theme where its text reads at 4.5:1, and else takes the one that reads better', () => {
    const ratio = (palette: 'light' | 'dark', level: number) => {
      const text = luminance(PALETTE[palette].text)!
      return (Math.max(text, level) + 0.05) / (Math.min(text, level) + 0.05)
    }
    for (let grey = 0; grey <= 255; grey += 5) {
      const look = over('light', `rgb(${grey}, ${grey}, ${grey})`)
      const level = look.background[0]
      for (const [chosen, other] of [
        ['light', 'dark'],
        ['dark', 'light'],
      ] as const) {
        const palette = legiblePalette(chosen, look)
        const where = `${chosen} on grey ${grey}`
        if (ratio(chosen, level) >= 4.5) expect(palette, where).toBe(chosen)
        else
          expect(ratio(palette, level), where).toBeGreaterThanOrEqual(ratio(palette === chosen ? other : chosen, level))
      }
    }
  })
})
