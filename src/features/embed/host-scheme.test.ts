import { describe, expect, it } from 'vitest'
import { HOST_MESSAGE, luminance, readHostLook } from './host-scheme.ts'

/** embed-resize.js's answer: the scheme the iframe has on its page and the colours painted behind it. */
const answer = (scheme: string, background: unknown) => ({ type: HOST_MESSAGE, scheme, background })

describe('luminance', () => {
  it('reads rgb() and rgba() as WCAG relative luminance', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1, 5)
    expect(luminance('rgb(0, 0, 0)')).toBe(0)
    expect(luminance('rgba(255, 0, 0, 0.5)')).toBeCloseTo(0.2126, 4)
  })

  it('gives null for what it cannot read', () => {
    expect(luminance('#ffffff')).toBeNull()
    expect(luminance('transparent')).toBeNull()
  })
})

// The pages the e2e host-pages spec embeds into; there, each is also read on screen for contrast.
describe('readHostLook', () => {
  it('takes the light palette on a white page and on a yellow one', () => {
    expect(readHostLook(answer('light', ['rgb(255, 255, 255)']))).toEqual({ scheme: 'light', palette: 'light' })
    expect(readHostLook(answer('light', ['rgb(255, 225, 77)']))).toEqual({ scheme: 'light', palette: 'light' })
  })

  it('takes the dark palette on a near-black page, whatever scheme the page declares', () => {
    expect(readHostLook(answer('dark', ['rgb(17, 17, 17)']))).toEqual({ scheme: 'dark', palette: 'dark' })
    // A dark background on a page that declares no scheme: the iframe keeps the light scheme (no backdrop).
    expect(readHostLook(answer('light', ['rgb(17, 17, 17)']))).toEqual({ scheme: 'light', palette: 'dark' })
  })

  it('reads a gradient by the mean of its stops', () => {
    const pastel = ['rgb(253, 230, 138)', 'rgb(249, 168, 212)']
    expect(readHostLook(answer('light', pastel))?.palette).toBe('light')
    const night = ['rgb(30, 27, 75)', 'rgb(88, 28, 135)']
    expect(readHostLook(answer('light', night))?.palette).toBe('dark')
  })

  it('follows the page’s scheme where nothing is painted behind the iframe', () => {
    expect(readHostLook(answer('dark', []))).toEqual({ scheme: 'dark', palette: 'dark' })
    expect(readHostLook(answer('light', ['transparent']))).toEqual({ scheme: 'light', palette: 'light' })
  })

  it('ignores any other message', () => {
    for (const data of [
      null,
      'cloud-market-dashboard:host',
      { type: 'cloud-market-dashboard:height', height: 300 },
      answer('sepia', ['rgb(0, 0, 0)']),
      answer('dark', 'rgb(0, 0, 0)'),
    ])
      expect(readHostLook(data), JSON.stringify(data)).toBeNull()
  })
})
