// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fitInside, retina, SLIDE, svgToPng } from './chart-png.ts'

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"><rect width="10" height="10"/></svg>'
const SIZE = { width: 400, height: 300 }

/**
 * jsdom neither loads images nor draws on canvases: stand-ins record what
 * svgToPng asks of them, so its geometry and error paths can be checked here
 * (the real pixels are checked end to end in a browser).
 */
class FakeImage {
  static outcome: 'load' | 'error' = 'load'
  static last: FakeImage | null = null
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  src = ''
  constructor() {
    FakeImage.last = this
    queueMicrotask(() => (FakeImage.outcome === 'load' ? this.onload?.() : this.onerror?.()))
  }
}

let calls: unknown[][]
let blob: Blob | null
let imageBlob: Blob | null

beforeEach(() => {
  FakeImage.outcome = 'load'
  calls = []
  imageBlob = null
  blob = new Blob(['png'], { type: 'image/png' })
  vi.stubGlobal('Image', FakeImage)
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    imageBlob = b as Blob
    return 'blob:chart'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  const context = {
    set fillStyle(value: string) {
      calls.push(['fillStyle', value])
    },
    fillRect: (...args: unknown[]) => calls.push(['fillRect', ...args]),
    drawImage: (...args: unknown[]) => calls.push(['drawImage', ...args.slice(1)]),
  }
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => context as never)
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) => callback(blob))
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('presets', () => {
  it('are a 1920×1080 slide and twice the on-screen size', () => {
    expect(SLIDE).toEqual({ width: 1920, height: 1080 })
    expect(retina({ width: 432.5, height: 301 })).toEqual({ width: 865, height: 602 })
  })
})

describe('fitInside', () => {
  it('letterboxes a wide chart on a slide: full width, centred vertically', () => {
    expect(fitInside({ width: 800, height: 300 }, SLIDE)).toEqual({ x: 0, y: 180, width: 1920, height: 720 })
  })

  it('pillarboxes a tall chart: full height, centred horizontally', () => {
    expect(fitInside({ width: 400, height: 400 }, SLIDE)).toEqual({ x: 420, y: 0, width: 1080, height: 1080 })
  })
})

describe('svgToPng', () => {
  it('draws the chart scaled to fit and centred on the background, and returns the PNG', async () => {
    await expect(svgToPng(SVG, SIZE, SLIDE, '#ffffff')).resolves.toBe(blob)
    expect(calls).toEqual([
      ['fillStyle', '#ffffff'],
      ['fillRect', 0, 0, 1920, 1080],
      ['drawImage', 240, 0, 1440, 1080],
    ])
    expect(FakeImage.last?.src).toBe('blob:chart')
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:chart')
  })

  it('loads the SVG at the size it is drawn, so it is rasterised sharply', async () => {
    await svgToPng(SVG, SIZE, retina(SIZE), null)
    expect(imageBlob?.type).toBe('image/svg+xml;charset=utf-8')
    const imageSvg = await imageBlob!.text()
    expect(imageSvg).toMatch(/width="800" height="600"/)
    expect(imageSvg).toContain('viewBox="0 0 400 300"')
  })

  it('leaves the canvas transparent without a background', async () => {
    await svgToPng(SVG, SIZE, retina(SIZE), null)
    expect(calls).toEqual([['drawImage', 0, 0, 800, 600]])
  })

  it('rejects with a clear error when the image fails to load', async () => {
    FakeImage.outcome = 'error'
    await expect(svgToPng(SVG, SIZE, SLIDE, null)).rejects.toThrow('the browser could not load its SVG')
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:chart')
  })

  it('rejects with a clear error when the canvas gives no blob', async () => {
    blob = null
    await expect(svgToPng(SVG, SIZE, SLIDE, null)).rejects.toThrow(
      'The PNG could not be created: the canvas gave no image data.',
    )
  })

  it('rejects an SVG that is not well-formed before loading anything', async () => {
    await expect(svgToPng('<svg><rect></svg>', SIZE, SLIDE, null)).rejects.toThrow('not well-formed')
    expect(URL.createObjectURL).not.toHaveBeenCalled()
  })
})
