import { describe, expect, it } from 'vitest'
import { inlineStylesheets } from './inline-stylesheet.ts'

const page = (link: string) => `<head><link rel="icon" href="./favicon.svg" />${link}</head><body></body>`
const sheets: Record<string, string> = {
  './assets/index-abc.css':
    '@font-face{src:url(./inter-400.woff2) format("woff2")}.a{background:url("data:image/svg+xml,x")}' +
    '.b{mask:url(#m)}.c{background:url(/icon.svg)}.d{background:url(https://example.org/i.png)}',
}
const read = (href: string) => sheets[href] ?? ''

describe('inlineStylesheets', () => {
  it('puts the linked stylesheet in the page, its relative URLs rebased on the page', () => {
    const html = inlineStylesheets(page('<link rel="stylesheet" crossorigin href="./assets/index-abc.css">'), read)
    expect(html).not.toContain('rel="stylesheet"')
    expect(html).toContain('<style>@font-face{src:url(./assets/inter-400.woff2) format("woff2")}')
    expect(html).toContain('url("data:image/svg+xml,x")')
    expect(html).toContain('url(#m)')
    expect(html).toContain('url(/icon.svg)')
    expect(html).toContain('url(https://example.org/i.png)')
    expect(html).toContain('<link rel="icon" href="./favicon.svg" />')
  })

  it('rebases a quoted URL and one in a stylesheet at the page’s own level', () => {
    const html = inlineStylesheets(
      page('<link rel="stylesheet" href="main.css">'),
      () => ".f{src:url('fonts/a.woff2')}",
    )
    expect(html).toContain(".f{src:url('./fonts/a.woff2')}")
  })

  it('refuses a stylesheet that would end the style element early', () => {
    const html = page('<link rel="stylesheet" href="./x.css">')
    expect(() => inlineStylesheets(html, () => '.a::after{content:"</style>"}')).toThrow(/x\.css holds "<\/style"/)
  })
})
