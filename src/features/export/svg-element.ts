export const SVG_NS = 'http://www.w3.org/2000/svg'

const round = (n: number) => Math.round(n * 100) / 100
export const attr = (n: number) => String(round(n))

export function svgElement(doc: Document, name: string, attributes: Record<string, string>, text?: string) {
  const element = doc.createElementNS(SVG_NS, name)
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value)
  if (text !== undefined) element.textContent = text
  return element
}
