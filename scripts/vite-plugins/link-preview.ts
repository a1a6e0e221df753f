import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite'

export interface PreviewImage {
  /** Its file name in the build's root. */
  file: string
  width: number
  height: number
  alt: string
}

/**
 * The link-preview image: the market-share chart at 1200×630, the size Open
 * Graph and large Twitter cards show uncropped. This plugin only names it in
 * the page; the file is to be drawn at build time by the app's own export
 * code, and until then the build warns that it is missing.
 */
export const PREVIEW_IMAGE: PreviewImage = {
  file: 'og-market-share.png',
  width: 1200,
  height: 630,
  alt: 'Bar chart of cloud infrastructure market share by provider, with the line naming its sources',
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' }
const decode = (s: string) => s.replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e])

/** The page's own title and description, from index.html: the preview says what the page says. */
export function pageText(html: string): { title: string; description: string } {
  const title = html.match(/<title>([^<]*)<\/title>/i)?.[1]
  const meta = html.match(/<meta\b[^>]*\bname\s*=\s*["']description["'][^>]*>/i)?.[0]
  const description = meta?.match(/\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i)
  if (!title?.trim() || !description) throw new Error('index.html needs a <title> and a <meta name="description">')
  return { title: decode(title.trim()), description: decode((description[1] ?? description[2]).trim()) }
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * A page with a title of its own (an embed's: its chart's), in <title> and og:title, and its own address
 * in og:url where the public URL is known: a link to it previews as that chart, not as the dashboard.
 */
export function titledPage(html: string, page: { title: string; url: string | null }): string {
  const replace = (text: string, pattern: RegExp, by: string) => {
    if (!pattern.test(text)) throw new Error(`The page has no ${pattern.source.replace(/\\/g, '')} to give its own`)
    return text.replace(pattern, () => by)
  }
  const title = escapeAttr(page.title)
  let out = replace(html, /<title>[^<]*<\/title>/, `<title>${title}</title>`)
  out = replace(out, /<meta property="og:title" content="[^"]*">/, `<meta property="og:title" content="${title}">`)
  if (page.url)
    out = replace(
      out,
      /<meta property="og:url" content="[^"]*">/,
      `<meta property="og:url" content="${escapeAttr(page.url)}">`,
    )
  return out
}

const meta = (key: 'property' | 'name', name: string, content: string | number): HtmlTagDescriptor => ({
  tag: 'meta',
  attrs: { [key]: name, content: String(content) },
  injectTo: 'head',
})

/** Open Graph and Twitter card tags. The image URL is absolute where the public URL is known, else relative. */
export function linkPreviewTags(options: {
  title: string
  description: string
  image: PreviewImage
  publicUrl?: string
}): HtmlTagDescriptor[] {
  const { title, description, image, publicUrl } = options
  const imageUrl = publicUrl ? new URL(image.file, publicUrl).href : `./${image.file}`
  return [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    ...(publicUrl ? [meta('property', 'og:url', publicUrl)] : []),
    meta('property', 'og:image', imageUrl),
    meta('property', 'og:image:width', image.width),
    meta('property', 'og:image:height', image.height),
    meta('property', 'og:image:alt', image.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:image:alt', image.alt),
  ]
}

/**
 * Writes the link-preview tags into the built index.html. `image` is the hook
 * for the build step that draws the preview: it names the file that step
 * writes. `publicUrl` is the site's address (publicBaseUrl of PUBLIC_URL).
 */
export function linkPreviewPlugin({
  image = PREVIEW_IMAGE,
  publicUrl,
}: { image?: PreviewImage; publicUrl?: string } = {}): Plugin {
  let config: ResolvedConfig
  return {
    name: 'link-preview',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    transformIndexHtml: (html) => linkPreviewTags({ ...pageText(html), image, publicUrl }),
    // Last, after the step that draws the image has written it.
    closeBundle: {
      order: 'post',
      handler() {
        if (config.build.ssr || existsSync(resolve(config.root, config.build.outDir, image.file))) return
        config.logger.warn(
          `og:image names ${image.file}, which this build does not contain: link previews show no image`,
        )
      },
    },
  }
}
