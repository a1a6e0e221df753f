import { LAYOUT } from './chart-layout'
import { attr, svgElement } from './svg-element'

export interface TextBlock {
  lines: string[]
  style: { size: number; lineHeight: number; weight: string }
  color: string
}

/** Lines of text from `top` down; returns the y below the block. */
export function appendBlock(parent: Element, block: TextBlock, top: number, fontFamily: string): number {
  const doc = parent.ownerDocument
  block.lines.forEach((line, i) => {
    // Baseline about 0.8em below the line's top, with the leading split above and below.
    const y =
      top + i * block.style.lineHeight + (block.style.lineHeight - block.style.size) / 2 + block.style.size * 0.8
    parent.append(
      svgElement(
        doc,
        'text',
        {
          x: attr(LAYOUT.padding),
          y: attr(y),
          fill: block.color,
          'font-family': fontFamily,
          'font-size': String(block.style.size),
          'font-weight': block.style.weight,
        },
        line,
      ),
    )
  })
  return top + block.lines.length * block.style.lineHeight
}
