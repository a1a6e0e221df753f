import { readFileSync } from 'node:fs'
import type { HtmlTagDescriptor } from 'vite'
import { describe, expect, it } from 'vitest'
import { linkPreviewTags, pageText, PREVIEW_IMAGE, titledPage } from './link-preview.ts'

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

describe('titledPage', () => {
  // The head as the build writes it: Vite serialises each tag as <meta property="…" content="…">.
  const head = (url?: string) =>
    [
      '<title>Cloud market dashboard</title>',
      '<meta property="og:title" content="Cloud market dashboard">',
      ...(url ? [`<meta property="og:url" content="${url}">`] : []),
    ].join('\n')

  it('gives the page its own title, in the tab and in the preview, and its own address', () => {
    const html = titledPage(head('https://example.org/'), {
      title: 'Amazon layoff waves · Cloud market dashboard',
      url: 'https://example.org/embed-layoffs.html?view=embed&chart=layoffs',
    })
    expect(html).toContain('<title>Amazon layoff waves · Cloud market dashboard</title>')
    expect(html).toContain('<meta property="og:title" content="Amazon layoff waves · Cloud market dashboard">')
    expect(html).toContain(
      '<meta property="og:url" content="https://example.org/embed-layoffs.html?view=embed&amp;chart=layoffs">',
    )
    expect(html).not.toContain('content="Cloud market dashboard"')
  })

  it('escapes the title, and leaves og:url out where the public URL is not known', () => {
    const html = titledPage(head(), { title: 'A & “B” <C>', url: null })
    expect(html).toContain('<title>A &amp; “B” &lt;C&gt;</title>')
    expect(html).not.toContain('og:url')
  })

  it('fails, rather than ship the dashboard’s title, when the head has no tag to change', () => {
    expect(() => titledPage('<title>t</title>', { title: 'x', url: null })).toThrow(/og:title/)
  })
})
