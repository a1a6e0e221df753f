import { resolveVars } from './resolve-vars'

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

/** px lengths as plain user units: "5px, 3px" → "5, 3", read the same by every SVG renderer. */
const withoutPx = (value: string) => value.replace(/(\d*\.?\d+(?:e[+-]?\d+)?)px\b/gi, '$1')

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

/** Inlines the computed presentation of `source`, the on-screen drawing, onto `clone`, its deep copy. */
export function inlineStyles(source: Element, clone: Element, styleOf: (element: Element) => CSSStyleDeclaration) {
  inlineElement(source, clone, null, false, { styleOf })
}
