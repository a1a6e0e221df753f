import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** The JS fetched before the app's first chart is drawn, gzipped, may be at most this many times the baseline's. */
export const JS_GZIP_BUDGET = 0.75

export interface Sizes {
  raw: number
  gzip: number
  brotli: number
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

/** Each file compressed on its own, then added up: what a server compressing per response sends. */
export const sumSizes = (sizes: Sizes[]): Sizes =>
  sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  })

export interface BudgetVerdict {
  ratio: number
  limit: number
  pass: boolean
}

/** The size budget `npm test` enforces: the app's JS gzip against the baseline's, both fetched before the first chart. */
export function checkJsGzipBudget(app: Sizes, baseline: Sizes): BudgetVerdict {
  const ratio = app.gzip / baseline.gzip
  return { ratio, limit: JS_GZIP_BUDGET, pass: ratio <= JS_GZIP_BUDGET }
}
