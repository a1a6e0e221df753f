export interface Size {
  width: number
  height: number
}

/** A full-HD slide: the chart is letterboxed onto it at whatever scale fits. */
export const SLIDE: Readonly<Size> = { width: 1920, height: 1080 }

/** Twice the on-screen size, in whole pixels: sharp on high-density screens. */
export function retina(size: Size): Size {
  return { width: Math.round(size.width * 2), height: Math.round(size.height * 2) }
}

/** Where a `size` box lands when scaled to fit `target` and centred in it, in whole pixels. */
export function fitInside(size: Size, target: Size): Size & { x: number; y: number } {
  const scale = Math.min(target.width / size.width, target.height / size.height)
  const width = Math.round(size.width * scale)
  const height = Math.round(size.height * scale)
  return { x: Math.round((target.width - width) / 2), y: Math.round((target.height - height) / 2), width, height }
}

/**
 * The SVG with its root width and height set to the size it will be drawn at:
 * some engines rasterise an SVG image at its intrinsic size and then scale the
 * bitmap, which blurs a 1920 px slide. Its viewBox keeps the drawing the same.
 */
function atSize(svg: string, size: Size): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  const root = doc.documentElement
  if (doc.getElementsByTagName('parsererror').length || root.localName !== 'svg') {
    throw new Error('The chart could not be turned into a PNG: its SVG is not well-formed.')
  }
  if (!root.hasAttribute('viewBox'))
    root.setAttribute('viewBox', `0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`)
  root.setAttribute('width', String(size.width))
  root.setAttribute('height', String(size.height))
  return new XMLSerializer().serializeToString(root)
}

/** Loads SVG text as an image, from a Blob URL that is revoked once the image has loaded or failed. */
function loadImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }))
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () =>
      reject(new Error('The chart could not be turned into a PNG: the browser could not load its SVG.'))
    image.src = url
  }).finally(() => URL.revokeObjectURL(url))
}

/** The canvas as a PNG; rejects when the canvas gives no blob (too large, or out of memory). */
function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const failed = (detail: string) => new Error(`The PNG could not be created: ${detail}`)
    try {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(failed('the canvas gave no image data.'))), 'image/png')
    } catch (e) {
      // A tainted canvas throws instead of calling back.
      reject(failed((e as Error).message))
    }
  })
}

/**
 * Draws an SVG (as made by chartSvg, `size` in CSS px) onto a canvas of
 * `target` pixels, scaled to fit and centred, over `background` (or
 * transparent when null), and returns it as a PNG. Rejects with a readable
 * Error when the SVG cannot be loaded or the canvas cannot be encoded.
 */
export async function svgToPng(svg: string, size: Size, target: Size, background: string | null): Promise<Blob> {
  if (!(size.width > 0 && size.height > 0 && target.width > 0 && target.height > 0)) {
    throw new Error('The PNG could not be created: the chart or the image has no size.')
  }
  const box = fitInside(size, target)
  const image = await loadImage(atSize(svg, box))
  const canvas = document.createElement('canvas')
  canvas.width = target.width
  canvas.height = target.height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('The PNG could not be created: this browser gives no 2D canvas.')
  if (background) {
    context.fillStyle = background
    context.fillRect(0, 0, target.width, target.height)
  }
  context.drawImage(image, box.x, box.y, box.width, box.height)
  return canvasToPng(canvas)
}
