/** url(#id) in any form a computed value takes: url(#id), url("#id"), url("http://page/#id"). */
const URL_REFERENCE = /url\(\s*(['"]?)[^'")#]*#([^'")]+)\1\s*\)/g

/**
 * Gives every id in the drawing a fresh, file-safe name and points every
 * reference at it, so two exported charts placed in one document do not swap
 * patterns or clip paths (React's useId ids also contain characters url() dislikes).
 */
export function renameIds(root: Element, prefix: string) {
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
