import { readFileSync } from 'node:fs'
import type { HtmlTagDescriptor } from 'vite'
import { describe, expect, it } from 'vitest'
import { linkPreviewTags, pageText, PREVIEW_IMAGE, publicBaseUrl } from './link-preview.ts'

/** The tags as name → content, for reading like the page's <head>. */
const contents = (tags: HtmlTagDescriptor[]) =>
  Object.fromEntries(tags.map((t) => [t.attrs!.property ?? t.attrs!.name, t.attrs!.content]))

const page = { title: 'Cloud market dashboard', description: 'Every number traced to its sentence.' }

describe('linkPreviewTags', () => {
  it('gives the page title and description, the 1200×630 image with its alt text, and a large Twitter card', () => {
    expect(contents(linkPreviewTags({ ...page, image: PREVIEW_IMAGE }))).toEqual({
      'og:type': 'website',
      'og:title': page.title,
      'og:description': page.description,
      'og:image': './og-market-share.png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': PREVIEW_IMAGE.alt,
      'twitter:card': 'summary_large_image',
      'twitter:image:alt': PREVIEW_IMAGE.alt,
    })
  })

  it('makes the image URL absolute, and names the page, where the public URL is known', () => {
    const tags = contents(
      linkPreviewTags({ ...page, image: PREVIEW_IMAGE, publicUrl: 'https://example.org/dashboards/cloud/' }),
    )
    expect(tags['og:image']).toBe('https://example.org/dashboards/cloud/og-market-share.png')
    expect(tags['og:url']).toBe('https://example.org/dashboards/cloud/')
  })

  it('names whatever image file it is given', () => {
    const image = { ...PREVIEW_IMAGE, file: 'preview-q4.png' }
    expect(contents(linkPreviewTags({ ...page, image }))['og:image']).toBe('./preview-q4.png')
  })
})

describe('publicBaseUrl', () => {
  it('is undefined when PUBLIC_URL is not set', () => {
    expect(publicBaseUrl(undefined)).toBeUndefined()
    expect(publicBaseUrl('  ')).toBeUndefined()
  })

  it('ends the path with "/", so relative files resolve inside the sub-path, and drops query and fragment', () => {
    expect(publicBaseUrl('https://example.org/dashboards/cloud')).toBe('https://example.org/dashboards/cloud/')
    expect(publicBaseUrl('https://example.org/?utm=x#top')).toBe('https://example.org/')
  })

  it('fails on anything but an absolute http(s) URL', () => {
    expect(() => publicBaseUrl('dashboards/cloud/')).toThrow(/absolute http\(s\) URL/)
    expect(() => publicBaseUrl('ftp://example.org/')).toThrow(/http or https/)
  })
})

describe('pageText', () => {
  it('reads the title and the description from the real index.html', () => {
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8')
    const { title, description } = pageText(html)
    expect(html).toContain(`<title>${title}</title>`)
    expect(description).not.toBe('')
    expect(html).toContain(`content="${description}"`)
  })

  it('decodes entities, which the build encodes again', () => {
    const html = `<title>A &amp; B</title><meta content='Say &quot;hi&quot;' name="description">`
    expect(pageText(html)).toEqual({ title: 'A & B', description: 'Say "hi"' })
  })

  it('fails when either is missing', () => {
    expect(() => pageText('<title>Only a title</title>')).toThrow(/meta name="description"/)
  })
})
