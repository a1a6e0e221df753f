function parseLength(value: string | null): number | null {
  const n = value === null ? NaN : Number.parseFloat(value)
  return Number.isFinite(n) && n > 0 && !value!.trim().endsWith('%') ? n : null
}

/** The chart's size in CSS pixels: as laid out on screen, else its width/height attributes, else its viewBox. */
export function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect()
  if (box.width > 0 && box.height > 0) return { width: box.width, height: box.height }
  const viewBox = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number)
  const width = parseLength(svg.getAttribute('width')) ?? (viewBox.length === 4 ? viewBox[2] : NaN)
  const height = parseLength(svg.getAttribute('height')) ?? (viewBox.length === 4 ? viewBox[3] : NaN)
  if (!(width > 0 && height > 0)) throw new Error('chartSvg: the chart has no size; is it rendered?')
  return { width, height }
}
