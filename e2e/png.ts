import type { Locator, Page } from '@playwright/test'

/** A PNG's size, from its header. */
export const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) })

export interface PngReading {
  /** How many distinct colours a sample of every 7th pixel holds: a blank image has one or two. */
  distinct: number
  /** RGB at each point asked for; negative coordinates count from the right and bottom edges. */
  at: [number, number, number][]
}

/** Decodes a PNG in the browser (as a reader's browser would draw it) and reads some of its pixels. */
export function readPng(page: Page, png: Buffer, points: [number, number][] = []): Promise<PngReading> {
  return page.evaluate(
    async ({ base64, points }) => {
      const img = new Image()
      img.src = `data:image/png;base64,${base64}`
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.naturalWidth
      canvas.height = img.naturalHeight
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
      const colours = new Set<number>()
      for (let i = 0; i < data.length; i += 4 * 7) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2])
      const at = points.map(([x, y]) => {
        const px = x < 0 ? canvas.width + x : x
        const py = y < 0 ? canvas.height + y : y
        const i = (py * canvas.width + px) * 4
        return [data[i], data[i + 1], data[i + 2]] as [number, number, number]
      })
      return { distinct: colours.size, at }
    },
    { base64: png.toString('base64'), points },
  )
}

/** The colour 2 px inside each corner of an element as drawn (top left, top right, bottom left, bottom right). */
export async function cornersOf(page: Page, element: Locator): Promise<[number, number, number][]> {
  const corners: [number, number][] = [
    [2, 2],
    [-3, 2],
    [2, -3],
    [-3, -3],
  ]
  return (await readPng(page, await element.screenshot(), corners)).at
}
