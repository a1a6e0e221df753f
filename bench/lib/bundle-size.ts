import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** The app's initial JS, gzipped, may be at most this many times the baseline's. */
export const JS_GZIP_BUDGET = 1.25

export interface Sizes {
  raw: number
  gzip: number
  brotli: number
}

export interface InitialFile {
  /** As index.html names it. */
  href: string
  kind: 'js' | 'css'
  sizes: Sizes
}

export interface InitialBundle {
  js: Sizes
  css: Sizes
  files: InitialFile[]
}

const TAG = /<(script|link)\b[^>]*>/gi

function attribute(tag: string, name: string): string | undefined {
  const match = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i'))
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined
}

/** What a tag makes the browser fetch at start: a script, a modulepreload or a stylesheet (not lazy chunks). */
function initialAsset(tag: string): { href: string; kind: 'js' | 'css' } | undefined {
  if (/^<script/i.test(tag)) {
    const src = attribute(tag, 'src')
    return src ? { href: src, kind: 'js' } : undefined
  }
  const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? []
  const href = attribute(tag, 'href')
  if (!href) return undefined
  if (rel.includes('modulepreload')) return { href, kind: 'js' }
  if (rel.includes('stylesheet')) return { href, kind: 'css' }
  return undefined
}

/** The files index.html loads at start, in document order, without duplicates or other hosts' files. */
export function initialAssets(html: string): { href: string; kind: 'js' | 'css' }[] {
  const assets = [...html.matchAll(TAG)].flatMap((m) => initialAsset(m[0]) ?? [])
  const local = assets.filter((a) => !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(a.href))
  return local.filter((a, i) => local.findIndex((b) => b.href === a.href) === i)
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes of some bytes. */
export function compressedSizes(bytes: Buffer): Sizes {
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  })
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli.length }
}

export const fileSizes = (path: string) => compressedSizes(readFileSync(path))

const sum = (sizes: Sizes[]): Sizes =>
  sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  })

// Built with base './', so hrefs are relative to index.html; a leading '/' is read as the dist root too.
const pathInDist = (distDir: string, href: string) => resolve(distDir, href.split(/[?#]/)[0].replace(/^\.?\//, ''))

/** The initial JS and CSS of a built site: every file its index.html loads at start, each compressed on its own. */
export function measureInitialBundle(distDir: string): InitialBundle {
  const html = readFileSync(resolve(distDir, 'index.html'), 'utf8')
  const files = initialAssets(html).map((a) => ({ ...a, sizes: fileSizes(pathInDist(distDir, a.href)) }))
  const total = (kind: 'js' | 'css') => sum(files.filter((f) => f.kind === kind).map((f) => f.sizes))
  return { js: total('js'), css: total('css'), files }
}

export interface BudgetVerdict {
  ratio: number
  limit: number
  pass: boolean
}

/** The size budget CI enforces: the app's initial JS gzip against the baseline's. */
export function checkJsGzipBudget(app: InitialBundle, baseline: InitialBundle): BudgetVerdict {
  const ratio = app.js.gzip / baseline.js.gzip
  return { ratio, limit: JS_GZIP_BUDGET, pass: ratio <= JS_GZIP_BUDGET }
}
