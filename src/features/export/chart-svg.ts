import { LAYOUT } from './chart-layout'
import { chartSize } from './chart-size'
import { resolveVars } from './resolve-vars'
import { attr, SVG_NS, svgElement } from './svg-element'
import { renameIds } from './svg-ids'
import { inlineStyles } from './svg-inline-styles'
import { appendBlock, type TextBlock } from './svg-text-block'

const XLINK_NS = 'http://www.w3.org/1999/xlink'
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/'

export interface ChartSvgOptions {
  title: string
  subtitle?: string
  /** The chart's source line, wrapped under the drawing. */
  source: string
  /** A CSS colour for the background, or null for a transparent one. */
  background: string | null
}

export interface ChartSvg {
  /** A standalone SVG document: no classes, no CSS variables, no external references. */
  svg: string
  /** The composed size (chart, title and source) in CSS pixels. */
  width: number
  height: number
}

/**
 * Greedy word wrap at an estimated character width. A word longer than a line
 * (a URL) is split, so no line runs far past the chart.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * LAYOUT.charWidthEm)))
  const words = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.match(new RegExp(`.{1,${maxChars}}`, 'gu')) ?? [])
  const lines: string[] = []
  for (const word of words) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/** The theme's chart colours, read from the chart so the export matches the theme it was taken in. */
function textColors(style: CSSStyleDeclaration) {
  const color = style.color || '#0f172a'
  return {
    primary: resolveVars(style.getPropertyValue('--chart-text').trim(), style) || color,
    secondary: resolveVars(style.getPropertyValue('--chart-axis').trim(), style) || color,
  }
}

const randomPrefix = () => `chart-${Math.random().toString(36).slice(2, 8)}`

/** Places the cloned chart as a nested <svg> below the heading, keeping its own viewBox. */
function placeChart(
  chart: SVGSVGElement,
  size: { width: number; height: number },
  top: number,
  style: CSSStyleDeclaration,
) {
  chart.setAttribute('x', attr(LAYOUT.padding))
  chart.setAttribute('y', attr(top))
  chart.setAttribute('width', attr(size.width))
  chart.setAttribute('height', attr(size.height))
  // A nested <svg> clips to its box like the on-screen one does, unless the page let it overflow.
  if (style.overflow === 'visible') chart.setAttribute('overflow', 'visible')
}

/** The title and subtitle block, then the chart, then the source block, from the top down; returns the height. */
function compose(
  root: Element,
  chart: SVGSVGElement,
  chartStyle: CSSStyleDeclaration,
  size: { width: number; height: number },
  options: ChartSvgOptions,
) {
  const fontFamily = resolveVars(chartStyle.fontFamily, chartStyle) || 'sans-serif'
  const colors = textColors(chartStyle)
  const block = (text: string, style: TextBlock['style'], color: string): TextBlock => ({
    lines: wrapText(text, size.width, style.size),
    style,
    color,
  })
  let y = appendBlock(root, block(options.title, LAYOUT.title, colors.primary), LAYOUT.padding, fontFamily)
  if (options.subtitle) y = appendBlock(root, block(options.subtitle, LAYOUT.subtitle, colors.secondary), y, fontFamily)
  y += LAYOUT.gapAfterHeading
  placeChart(chart, size, y, chartStyle)
  root.append(chart)
  y += size.height
  if (options.source) {
    y = appendBlock(
      root,
      block(options.source, LAYOUT.source, colors.secondary),
      y + LAYOUT.gapBeforeSource,
      fontFamily,
    )
  }
  return y + LAYOUT.padding
}

/** The document element: namespaces, size and an accessible name from the title and description. */
function rootElement(doc: Document, prefix: string, options: ChartSvgOptions) {
  const root = svgElement(doc, 'svg', { role: 'img', 'aria-labelledby': `${prefix}-title ${prefix}-desc` })
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS)
  root.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS)
  root.append(svgElement(doc, 'title', { id: `${prefix}-title` }, options.title))
  const description = [options.subtitle, options.source].filter(Boolean).join('. ')
  root.append(svgElement(doc, 'desc', { id: `${prefix}-desc` }, description))
  return root
}

/**
 * A standalone copy of an on-screen chart: every presentation property it
 * depends on inlined as attributes with CSS variables resolved (so it looks
 * the same opened from disk), focus rings and hidden elements removed, ids
 * made unique, and the title, subtitle and wrapped source line composed around
 * it on an optional background. `width`/`height` are the composed size in CSS px.
 */
export function chartSvg(svg: SVGSVGElement, options: ChartSvgOptions): ChartSvg {
  const doc = svg.ownerDocument
  const view = doc.defaultView ?? window
  const styleOf = (element: Element) => view.getComputedStyle(element)
  const size = chartSize(svg)
  const prefix = randomPrefix()

  const chart = svg.cloneNode(true) as SVGSVGElement
  inlineStyles(svg, chart, styleOf)
  renameIds(chart, prefix)

  const root = rootElement(doc, prefix, options)
  const background = options.background ? svgElement(doc, 'rect', { x: '0', y: '0', fill: options.background }) : null
  if (background) root.append(background)
  const width = Math.ceil(size.width + 2 * LAYOUT.padding)
  const height = Math.ceil(compose(root, chart, styleOf(svg), size, options))
  background?.setAttribute('width', String(width))
  background?.setAttribute('height', String(height))
  root.setAttribute('width', String(width))
  root.setAttribute('height', String(height))
  root.setAttribute('viewBox', `0 0 ${width} ${height}`)
  return { svg: new XMLSerializer().serializeToString(root), width, height }
}
