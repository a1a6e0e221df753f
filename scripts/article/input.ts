import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'

/** A file the intake will not take, and why: nothing is written. */
export class Refusal extends Error {}

/** What a saved page gives besides its text: its headline, outlet, author and date, as its markup names them. */
export interface PageHints {
  title?: string
  publisher?: string
  author?: string
  date?: string
  url?: string
}

export interface ArticleInput {
  /** The article's text, verbatim (for a saved HTML page, the text of its article or body, a block a line). */
  text: string
  format: 'text' | 'html'
  hints: PageHints
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
]

/** The file's text in the encoding its byte-order mark names, else UTF-8; a file in any other encoding is refused. */
function decode(bytes: Buffer, name: string): string {
  const bom = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b))
  const encoding = bom?.[1] ?? 'utf-8'
  if (encoding === 'utf-8' && bytes.includes(0))
    throw new Refusal(`${name} is not text (it holds binary data); give a plain-text or HTML file`)
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new Refusal(
      `${name} is in an encoding the intake cannot read (not UTF-8, nor UTF-16 with a byte-order mark); save it as UTF-8 and try again`,
    )
  }
}

// Control characters other than tab, line feed and carriage return: a text file has none of these.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, th, dt, dd'

/** The text of a saved HTML page's article (or main content, or body), a block a line, and what its head names. */
async function htmlText(html: string): Promise<{ text: string; hints: PageHints }> {
  const { JSDOM } = await import('jsdom')
  const { document } = new JSDOM(html).window
  const meta = (selector: string) => document.querySelector<HTMLMetaElement>(selector)?.content?.trim() || undefined
  const hints: PageHints = {
    title: meta('meta[property="og:title"]') ?? (document.querySelector('h1')?.textContent?.trim() || undefined),
    publisher: meta('meta[property="og:site_name"]'),
    author: meta('meta[name="author"]'),
    date: meta('meta[property="article:published_time"]')?.slice(0, 10),
    url: meta('meta[property="og:url"]') ?? document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href,
  }
  for (const el of document.querySelectorAll('script, style, noscript, nav, header, footer, aside, form, template'))
    el.remove()
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS))
  const lines = (blocks.length ? blocks : [root])
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  return { text: lines.join('\n\n'), hints }
}

/**
 * Reads an article file for the intake: plain text or a saved HTML page, refusing with a clear reason a
 * missing, empty or binary file and one in an encoding it cannot read.
 */
export async function readArticleInput(path: string): Promise<ArticleInput> {
  const name = basename(path)
  let bytes: Buffer
  try {
    if (!statSync(path).isFile()) throw new Refusal(`${name} is not a file`)
    bytes = readFileSync(path)
  } catch (e) {
    if (e instanceof Refusal) throw e
    throw new Refusal(`${path} cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  }
  if (bytes.length === 0) throw new Refusal(`${name} is empty`)
  const decoded = decode(bytes, name).replace(/^\ufeff/, '')
  if ((decoded.match(CONTROL) ?? []).length > 0)
    throw new Refusal(`${name} is not text (it holds control characters); give a plain-text or HTML file`)
  if (!decoded.trim()) throw new Refusal(`${name} holds only white space`)
  if (/^\s*(<!doctype html|<html[\s>])/i.test(decoded) || /<body[\s>]/i.test(decoded)) {
    const { text, hints } = await htmlText(decoded)
    if (!text.trim()) throw new Refusal(`${name} is an HTML page with no text in it`)
    return { text, format: 'html', hints }
  }
  return { text: decoded, format: 'text', hints: {} }
}
