import type { Plugin, ResolvedConfig } from 'vite'

/*
 * PUBLIC_URL, the site's public address, is the build's one setting for every absolute URL it writes:
 * og:image and og:url in each page, the Dataset JSON-LD's @id, url and downloads, the citations and the
 * data package's README. vite.config.ts reads it once and hands it to the plugins that write them.
 */

/**
 * The site's public URL as a base for absolute links, ending in "/"; undefined when not given. Anything
 * but an http(s) URL fails the build rather than shipping previews that point nowhere.
 */
export function publicBaseUrl(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new Error(
      `PUBLIC_URL must be an absolute http(s) URL, e.g. https://example.org/dashboards/cloud/ (got "${value}")`,
    )
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`PUBLIC_URL must use http or https (got "${value}")`)
  url.search = ''
  url.hash = ''
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url.href
}

/** What a build without the public URL lacks, in a word to its builder; null when it has one. */
export function publicUrlNotice(base: string | undefined): string | null {
  if (base) return null
  return [
    'PUBLIC_URL is not set: og:image and the JSON-LD’s download URLs are relative to the page and og:url is left out,',
    'which link previews and dataset search engines cannot follow; citations give no address.',
    'Set it to the address the site is served from, e.g. PUBLIC_URL=https://example.org/dashboards/cloud/ npm run build',
  ].join('\n')
}

/** Says once, at the end of a build without the public URL, what that build lacks. */
export function publicUrlPlugin(base: string | undefined): Plugin {
  let config: ResolvedConfig
  return {
    name: 'public-url',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    closeBundle: {
      order: 'post',
      handler() {
        const notice = publicUrlNotice(base)
        if (notice && !config.build.ssr) config.logger.warn(notice)
      },
    },
  }
}
