// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { parseSearch } from '../url-state/index.ts'
import { embedSnippet, type SnippetOptions } from './embed-snippet.ts'

const appUrl = 'https://example.org/dashboards/cloud/'
const none = { company: [], period: [], theme: null, bg: null }
type Look = SnippetOptions['state']

/** The snippet's first element as the browser would parse it. */
function parse(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return doc.body.firstElementChild as HTMLElement
}
const srcOf = (el: Element | null) => new URL(el!.getAttribute('src')!)
const iframe = (state: Look, variant: 'fixed' | 'responsive' = 'responsive') =>
  parse(
    variant === 'fixed'
      ? embedSnippet({ appUrl, chart: 'layoffs', title: 'L', state, variant })
      : embedSnippet({ appUrl, chart: 'layoffs', title: 'L', state, variant, fallbackHeight: 700 }),
  ) as HTMLIFrameElement

describe('the iframe snippets', () => {
  it('gives a titled 16:9 iframe pointing at the hosted chart, with the script', () => {
    const html = embedSnippet({ appUrl, chart: 'aws-results', title: 'AWS revenue', state: none, variant: 'fixed' })
    const frame = parse(html)
    expect(frame.getAttribute('title')).toBe('AWS revenue (Cloud market dashboard)')
    expect(frame.style.aspectRatio).toMatch(/^16\s*\/\s*9$/)
    expect(srcOf(frame).searchParams.get('chart')).toBe('aws-results')
    expect(html).toContain(`<script src="${appUrl}embed-resize.js" async></script>`)
  })

  it('makes the responsive variant report its height, and keeps the fallback height where the script is stripped', () => {
    const frame = iframe(none)
    expect(srcOf(frame).searchParams.get('fit')).toBe('content')
    expect(frame.style.height).toBe('700px')
    expect(frame.style.width).toBe('100%')
  })

  it('carries the filters and the look into the embed', () => {
    const state: Look = { company: ['aws'], period: ['2023-Q4'], theme: 'dark', bg: 'transparent' }
    expect(parseSearch(srcOf(iframe(state)).searchParams)).toMatchObject({ ...state, view: 'embed', chart: 'layoffs' })
  })

  it.each([
    // An opaque embed declares the scheme its page declares, so no browser paints a backdrop behind it.
    [{ theme: 'dark', bg: null }, 'dark'],
    [{ theme: null, bg: null }, 'light dark'],
    // A transparent one of a chosen theme too, so the host page shows through on any host.
    [{ theme: 'dark', bg: 'transparent' }, 'dark'],
    [{ theme: 'light', bg: 'transparent' }, 'light'],
    // Following the reader's system, it inherits the host's (embed-resize.js matches it).
    [{ theme: null, bg: 'transparent' }, ''],
  ] as const)('gives the iframe of %o the colour scheme “%s”', (look, scheme) => {
    for (const variant of ['fixed', 'responsive'] as const)
      expect(iframe({ ...none, ...look }, variant).style.colorScheme).toBe(scheme)
  })

  it('escapes a title that would break out of its attribute', () => {
    const html = embedSnippet({
      appUrl,
      chart: 'layoffs',
      title: '"><script>x</script>',
      state: none,
      variant: 'fixed',
    })
    expect(html).not.toContain('"><script>')
    expect(parse(html).getAttribute('title')).toBe('"><script>x</script> (Cloud market dashboard)')
  })
})

describe('the image snippet', () => {
  // What staticImageOf gives for the build's picture (tested beside it).
  const image = { file: 'chart-market-share.png', alt: 'Share. AWS 31% & “more”.', width: 960, height: 544 }
  const imageSnippet = (state: Look = none) => {
    const link = parse(embedSnippet({ appUrl, chart: 'market-share', title: 'Share', state, variant: 'image', image }))
    return { link, img: link.querySelector('img')! }
  }

  it('shows the build’s picture at its own size, with its words as alt text, for pages that allow no iframe', () => {
    const { link, img } = imageSnippet()
    expect(link.outerHTML).not.toMatch(/<iframe|<script/)
    expect(srcOf(img).href).toBe(`${appUrl}chart-market-share.png`)
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['960', '544'])
    expect(img.getAttribute('alt')).toBe(image.alt)
  })

  it('links to its chart, live and whole like the picture, not to the dashboard’s home', () => {
    const { link } = imageSnippet({ company: ['aws'], period: [], theme: 'dark', bg: 'transparent' })
    const href = new URL(link.getAttribute('href')!)
    expect(href.pathname).toBe('/dashboards/cloud/embed-market-share.html')
    expect(parseSearch(href.searchParams)).toMatchObject({ view: 'embed', chart: 'market-share', company: [] })
  })
})
