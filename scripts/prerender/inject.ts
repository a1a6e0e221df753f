const ROOT = '<div id="root"></div>'

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * The page with the app's prerendered markup inside its root, marked with the
 * view state it was rendered for: the browser hydrates it when the URL asks
 * for the same view, and renders afresh otherwise.
 */
export function injectPrerendered(template: string, markup: string, search: string): string {
  if (!template.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT} to prerender into`)
  return template.replace(ROOT, () => `<div id="root" data-prerendered="${escapeAttr(search)}">${markup}</div>`)
}
