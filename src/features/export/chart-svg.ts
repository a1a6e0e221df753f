const SVG_NS = 'http://www.w3.org/2000/svg'
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
 * The presentation properties a chart's drawing depends on, and their initial
 * values. Inherited ones are written where they change from the parent, so
 * descendants inherit the rest. The others are written wherever they are not
 * initial: opacity and the gradient stop properties do not inherit, and SVG 1.1
 * renderers (Inkscape, librsvg) do not inherit dominant-baseline either.
 */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'visibility',
] as const
const NOT_INHERITED = { opacity: '1', 'dominant-baseline': 'auto', 'stop-color': 'black', 'stop-opacity': '1' } as const
const PROPERTIES = [...INHERITED, ...(Object.keys(NOT_INHERITED) as (keyof typeof NOT_INHERITED)[])]
type Property = (typeof PROPERTIES)[number]
type Values = ReadonlyMap<Property, string>

/** Elements that only take part through a reference: never "shown", so never dropped for being hidden. */
const RESOURCES = new Set([
  'defs',
  'clippath',
  'pattern',
  'lineargradient',
  'radialgradient',
  'mask',
  'marker',
  'symbol',
  'filter',
])

/**
 * Never part of an export: the keyboard focus ring, anything a chart marks as
 * screen-only, and style sheets and scripts (the styles are inlined instead).
 */
const OMITTED = '.focus-ring, [data-export-omit], style, script'

/** What the exported file cannot use or does not need: styling hooks and the marks' interactivity. */
const DROPPED_ATTRIBUTE = /^(class|style|tabindex|role|focusable|aria-.*|data-.*|on.*)$/i

const LAYOUT = {
  padding: 16,
  title: { size: 18, lineHeight: 24, weight: '600' },
  subtitle: { size: 13, lineHeight: 18, weight: '400' },
  source: { size: 11, lineHeight: 15, weight: '400' },
  gapAfterHeading: 12,
  gapBeforeSource: 12,
  // Average advance of a sans-serif character in em: enough to wrap text near the chart's width
  // without measuring it (the file may be opened where the page's font is missing anyway).
  charWidthEm: 0.55,
} as const

/** px lengths as plain user units: "5px, 3px" → "5, 3", read the same by every SVG renderer. */
const withoutPx = (value: string) => value.replace(/(\d*\.?\d+(?:e[+-]?\d+)?)px\b/gi, '$1')

/** Replaces var(--x, fallback) with the element's custom property: a backstop for engines that leave it unresolved. */
function resolveVars(value: string, style: CSSStyleDeclaration): string {
  let resolved = value
  for (let depth = 0; depth < 8 && resolved.includes('var('); depth++) {
    resolved = resolved.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => {
      return style.getPropertyValue(name).trim() || fallback?.trim() || ''
    })
  }
  return resolved
}

/** The resolved values of the drawing's presentation properties for one element. */
function presentationValues(style: CSSStyleDeclaration, element: Element): Map<Property, string> {
  const values = new Map<Property, string>()
  for (const property of PROPERTIES) {
    // A browser's computed value already folds in presentation attributes, classes and variables;
    // the attribute only fills in when the engine does not compute the property at all.
    const raw = style.getPropertyValue(property).trim() || element.getAttribute(property) || ''
    const value = withoutPx(resolveVars(raw, style)).trim()
    if (value) values.set(property, value)
  }
  return values
}

function shouldWrite(property: Property, value: string, parent: Values | null, element: Element): boolean {
  if (element.hasAttribute(property)) return true
  // Gradient stops are the only elements stop-color applies to; elsewhere it would be noise.
  if (property.startsWith('stop-') && element.localName !== 'stop') return false
  if (property in NOT_INHERITED) return value !== NOT_INHERITED[property as keyof typeof NOT_INHERITED]
  return parent?.get(property) !== value
}

function writePresentation(clone: Element, values: Values, parent: Values | null) {
  for (const property of PROPERTIES) {
    const value = values.get(property)
    if (value === undefined) clone.removeAttribute(property)
    else if (shouldWrite(property, value, parent, clone)) clone.setAttribute(property, value)
  }
}

function dropAttributes(clone: Element) {
  for (const { name } of [...clone.attributes]) {
    if (DROPPED_ATTRIBUTE.test(name)) clone.removeAttribute(name)
  }
}

interface InlineContext {
  styleOf: (element: Element) => CSSStyleDeclaration
}

const isHidden = (style: CSSStyleDeclaration) =>
  style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse'

/**
 * Inlines the computed presentation of `source` onto its `clone`, depth first.
 * Returns false when the clone should go: omitted, or hidden with nothing
 * visible inside (a visible child of a hidden group still draws).
 */
function inlineElement(
  source: Element,
  clone: Element,
  parent: Values | null,
  inResource: boolean,
  ctx: InlineContext,
) {
  if (source.matches(OMITTED)) return false
  const style = ctx.styleOf(source)
  const values = presentationValues(style, source)
  const resource = inResource || RESOURCES.has(source.localName.toLowerCase())
  const sourceChildren = [...source.children]
  const cloneChildren = [...clone.children]
  let keptChild = false
  sourceChildren.forEach((child, i) => {
    if (inlineElement(child, cloneChildren[i], values, resource, ctx)) keptChild = true
    else cloneChildren[i].remove()
  })
  if (!resource && isHidden(style) && !keptChild) return false
  writePresentation(clone, values, parent)
  dropAttributes(clone)
  return true
}

/** url(#id) in any form a computed value takes: url(#id), url("#id"), url("http://page/#id"). */
const URL_REFERENCE = /url\(\s*(['"]?)[^'")#]*#([^'")]+)\1\s*\)/g

/**
 * Gives every id in the drawing a fresh, file-safe name and points every
 * reference at it, so two exported charts placed in one document do not swap
 * patterns or clip paths (React's useId ids also contain characters url() dislikes).
 */
function renameIds(root: Element, prefix: string) {
  const elements = [root, ...root.querySelectorAll('*')]
  const renamed = new Map<string, string>()
  for (const element of elements) {
    const id = element.getAttribute('id')
    if (!id) continue
    renamed.set(id, `${prefix}-${renamed.size + 1}`)
    element.setAttribute('id', renamed.get(id)!)
  }
  for (const element of elements) {
    for (const attribute of [...element.attributes]) {
      const isHref = attribute.localName === 'href' && attribute.value.startsWith('#')
      const value = isHref
        ? `#${renamed.get(attribute.value.slice(1)) ?? attribute.value.slice(1)}`
        : attribute.value.replace(URL_REFERENCE, (match, _quote, id: string) =>
            renamed.has(id) ? `url(#${renamed.get(id)})` : match,
          )
      if (value !== attribute.value) attribute.value = value
    }
  }
}

function parseLength(value: string | null): number | null {
  const n = value === null ? NaN : Number.parseFloat(value)
  return Number.isFinite(n) && n > 0 && !value!.trim().endsWith('%') ? n : null
}

/** The chart's size in CSS pixels: as laid out on screen, else its width/height attributes, else its viewBox. */
function chartSize(svg: SVGSVGElement): { width: number; height: number } {
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

const round = (n: number) => Math.round(n * 100) / 100
const attr = (n: number) => String(round(n))

function svgElement(doc: Document, name: string, attributes: Record<string, string>, text?: string) {
  const element = doc.createElementNS(SVG_NS, name)
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value)
  if (text !== undefined) element.textContent = text
  return element
}

interface TextBlock {
  lines: string[]
  style: { size: number; lineHeight: number; weight: string }
  color: string
}

/** Lines of text from `top` down; returns the y below the block. */
function appendBlock(parent: Element, block: TextBlock, top: number, fontFamily: string): number {
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
  inlineElement(svg, chart, null, false, { styleOf })
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
