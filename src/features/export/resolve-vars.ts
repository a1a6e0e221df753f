/** Replaces var(--x, fallback) with the element's custom property: a backstop for engines that leave it unresolved. */
export function resolveVars(value: string, style: CSSStyleDeclaration): string {
  let resolved = value
  for (let depth = 0; depth < 8 && resolved.includes('var('); depth++) {
    resolved = resolved.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => {
      return style.getPropertyValue(name).trim() || fallback?.trim() || ''
    })
  }
  return resolved
}
