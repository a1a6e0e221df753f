import { join } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { describe, expect, it, vi } from 'vitest'
import { datasetJsonLd } from '../data-package/json-ld.ts'
import { buildFromDir } from '../dataset/load-sources.ts'
import { dataRelease } from '../data-package/release.ts'
import { linkPreviewTags, PREVIEW_IMAGE } from './link-preview.ts'
import { publicBaseUrl, publicUrlNotice, publicUrlPlugin } from './public-url.ts'

const root = join(import.meta.dirname, '../..')
const built = buildFromDir(join(root, 'data'))
if (!built.ok) throw new Error(built.errors.join('\n'))
const { dataset } = built

/** Every URL a crawler reads from a page's head: the link-preview tags' and the Dataset JSON-LD's. */
function headUrls(base: string | undefined): string[] {
  const tags = linkPreviewTags({ title: 't', description: 'd', image: PREVIEW_IMAGE, publicUrl: base })
  const og = tags
    .filter((t) => ['og:image', 'og:url'].includes(String(t.attrs?.property)))
    .map((t) => String(t.attrs!.content))
  const release = dataRelease(root, join(root, 'data'), base)
  const jsonLd = datasetJsonLd(dataset, release) as unknown as {
    '@id'?: string
    url?: string
    distribution: { contentUrl: string }[]
  }
  return [
    ...og,
    ...[jsonLd['@id'], jsonLd.url].filter((u) => u !== undefined),
    ...jsonLd.distribution.map((d) => d.contentUrl),
  ]
}

describe('the public URL', () => {
  const base = publicBaseUrl('https://example.org/dashboards/cloud')!

  it('makes every URL in the head absolute, under the site’s address: og:image, og:url, the JSON-LD’s', () => {
    const urls = headUrls(base)
    expect(urls).toContain(`${base}og-market-share.png`)
    expect(urls).toContain(base)
    expect(urls.filter((u) => u.endsWith('.zip') || u.endsWith('.csv'))).not.toEqual([])
    for (const url of urls) expect(url.startsWith(base), url).toBe(true)
  })

  it('without it, the same URLs are relative to the page, and there is no og:url to get wrong', () => {
    const urls = headUrls(undefined)
    expect(urls).toContain('./og-market-share.png')
    for (const url of urls) expect(url.startsWith('./'), url).toBe(true)
  })

  it('is undefined when PUBLIC_URL is not set', () => {
    expect(publicBaseUrl(undefined)).toBeUndefined()
    expect(publicBaseUrl('  ')).toBeUndefined()
  })

  it('ends the path with "/", so relative files resolve inside the sub-path, and drops query and fragment', () => {
    expect(base).toBe('https://example.org/dashboards/cloud/')
    expect(publicBaseUrl('https://example.org/?utm=x#top')).toBe('https://example.org/')
  })

  it('fails on anything but an absolute http(s) URL', () => {
    expect(() => publicBaseUrl('dashboards/cloud/')).toThrow(/absolute http\(s\) URL/)
    expect(() => publicBaseUrl('ftp://example.org/')).toThrow(/http or https/)
  })
})

/** Runs the plugin's hooks as a build does, and returns what it told the builder. */
function buildWith(plugin: Plugin, ssr = false): string[] {
  const warn = vi.fn()
  const config = { build: { ssr }, logger: { warn } } as unknown as ResolvedConfig
  ;(plugin.configResolved as (c: ResolvedConfig) => void)(config)
  ;(plugin.closeBundle as { handler: () => void }).handler()
  return warn.mock.calls.map(([message]) => String(message))
}

describe('a build without the public URL', () => {
  it('says so once, naming the setting, what stays relative and how to set it', () => {
    const said = buildWith(publicUrlPlugin(undefined))
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(/^PUBLIC_URL is not set/)
    for (const what of ['og:image', 'og:url', 'JSON-LD', 'citations', 'PUBLIC_URL=https://'])
      expect(said[0]).toContain(what)
    expect(said[0]).toBe(publicUrlNotice(undefined))
  })

  it('says nothing when it is set, nor in the build of the server entry', () => {
    expect(buildWith(publicUrlPlugin('https://example.org/'))).toEqual([])
    expect(buildWith(publicUrlPlugin(undefined), true)).toEqual([])
    expect(publicUrlNotice('https://example.org/')).toBeNull()
  })
})
