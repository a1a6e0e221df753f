import { describe, expect, it } from 'vitest'
import { dashboardUrl, embedSnippet, embedUrl } from './embed-links.ts'
import { parseSearch } from '../url-state/index.ts'

const appUrl = 'https://example.org/dashboards/cloud/'
const none = { company: [], period: [], theme: null, bg: null }

describe('embedUrl', () => {
  it('carries the filters and look into the embed, and reads back to the same state', () => {
    const url = embedUrl(appUrl, 'market-share', { ...none, company: ['aws', 'azure'], theme: 'dark', fit: null })
    expect(url.startsWith(appUrl)).toBe(true)
    const state = parseSearch(new URL(url).searchParams)
    expect(state).toMatchObject({ view: 'embed', chart: 'market-share', company: ['aws', 'azure'], theme: 'dark' })
  })

  it('leaves defaults out of the URL', () => {
    expect(embedUrl(appUrl, 'layoffs', { ...none, fit: null })).toBe(
      `${appUrl}embed-layoffs.html?view=embed&chart=layoffs`,
    )
  })

  it('points at the chart’s prerendered page next to the one it is made from', () => {
    const fromIndex = embedUrl(`${appUrl}index.html`, 'aws-results', { ...none, fit: null })
    const fromEmbed = embedUrl(`${appUrl}embed-layoffs.html`, 'aws-results', { ...none, fit: null })
    expect(fromIndex).toBe(`${appUrl}embed-aws-results.html?view=embed&chart=aws-results`)
    expect(fromEmbed).toBe(fromIndex)
  })
})

describe('dashboardUrl', () => {
  it('links back to the dashboard with the same filters', () => {
    const url = dashboardUrl(appUrl, { company: ['aws'], period: ['2023-Q4'], theme: null, fact: 'share-aws-2023-q4' })
    expect(parseSearch(new URL(url).searchParams)).toMatchObject({
      view: 'dashboard',
      company: ['aws'],
      period: ['2023-Q4'],
      fact: 'share-aws-2023-q4',
    })
  })

  it('links from an embed page to the dashboard in the same folder', () => {
    const url = dashboardUrl(`${appUrl}embed-layoffs.html`, { company: [], period: [], theme: null })
    expect(url).toBe(appUrl)
  })
})

describe('embedSnippet', () => {
  const parse = (html: string) => new URL(/src="([^"]+)"/.exec(html)![1].replaceAll('&amp;', '&'))

  it('gives a titled 16:9 iframe pointing at the hosted app', () => {
    const html = embedSnippet({ appUrl, chart: 'aws-results', title: 'AWS revenue', state: none, variant: 'fixed' })
    expect(html).toMatch(/^<iframe [^>]*title="AWS revenue \(Cloud market dashboard\)"/)
    expect(html).toContain('aspect-ratio:16/9')
    expect(parse(html).searchParams.get('chart')).toBe('aws-results')
    // The script is optional: it tells a transparent embed the page's colours.
    expect(html).toContain(`<script src="${appUrl}embed-resize.js" async></script>`)
  })

  it('gives an opaque iframe the colour scheme its page declares, and a transparent one the host’s', () => {
    const snippet = (state: Parameters<typeof embedSnippet>[0]['state']) =>
      embedSnippet({ appUrl, chart: 'layoffs', title: 'L', state, variant: 'responsive', fallbackHeight: 700 })
    expect(snippet({ ...none, theme: 'dark' })).toMatch(/style="[^"]*color-scheme:dark"/)
    expect(snippet(none)).toMatch(/style="[^"]*color-scheme:light dark"/)
    expect(snippet({ ...none, theme: 'dark', bg: 'transparent' })).not.toContain('color-scheme')
    expect(snippet(none)).toContain('height:700px')
  })

  it('makes the responsive variant report its height to a script shipped with the build', () => {
    const html = embedSnippet({ appUrl, chart: 'layoffs', title: 'Layoffs', state: none, variant: 'responsive' })
    expect(parse(html).searchParams.get('fit')).toBe('content')
    expect(html).toContain(`<script src="${appUrl}embed-resize.js" async></script>`)
  })

  it('offers a static image of the chart, linked to the live chart, for pages that allow no iframe', () => {
    const html = embedSnippet({ appUrl, chart: 'layoffs', title: 'Layoffs', state: none, variant: 'image' })
    expect(html).toMatch(/^<a href="[^"]+"><img src="[^"]+chart-layoffs\.png" alt="Layoffs: [^"]+"/)
    expect(html).not.toContain('<iframe')
    expect(html).not.toContain('<script')
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
  })
})
