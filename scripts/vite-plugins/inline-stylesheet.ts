import { posix } from 'node:path'

// The stylesheet Vite links from index.html: one file, since every page draws with the same Tailwind build.
const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="([^"]+\.css)">/g
// url(…) in CSS, quoted or not; only a path relative to the stylesheet is rewritten.
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g
const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/|#)/i

/**
 * The page with its stylesheet inlined: a prerendered page is painted once its
 * CSS is there, and a linked file took one more request after the page's own
 * (20–25 ms from a local server, a round trip on a phone's network). The
 * stylesheet's URLs (the web font's files) are made relative to the page, which
 * sits at the root of the build. `read` gives a stylesheet's text by its href.
 */
export function inlineStylesheets(html: string, read: (href: string) => string): string {
  return html.replace(STYLESHEET_LINK, (_, href: string) => {
    const css = read(href)
    // A style element ends at the first "</style": no build writes one, and one would cut the sheet short.
    if (/<\/style/i.test(css)) throw new Error(`${href} holds "</style", which would end an inline <style> early`)
    const dir = posix.dirname(href)
    const rebased = css.replace(CSS_URL, (whole, quote: string, ref: string) =>
      RELATIVE.test(ref) ? `url(${quote}${posix.join(dir, ref).replace(/^(?!\.)/, './')}${quote})` : whole,
    )
    return `<style>${rebased}</style>`
  })
}
