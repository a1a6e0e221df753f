import { Resvg } from '@resvg/resvg-js'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FONT_FAMILY, MEASURED_WEIGHTS } from '../../src/config/fonts.ts'
import { woffToSfnt } from './woff-to-sfnt.ts'

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/static-images', import.meta.url))

/**
 * The shipped font's files as resvg reads them (TrueType), one per weight chart text is drawn in: converted from
 * the package's WOFF files once and kept under node_modules/.cache.
 */
function fontFiles(): string[] {
  const resolveFile = createRequire(import.meta.url).resolve
  mkdirSync(CACHE_DIR, { recursive: true })
  return MEASURED_WEIGHTS.map((weight) => {
    const woff = readFileSync(resolveFile(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`))
    const file = resolve(CACHE_DIR, `inter-latin-${weight}-${woff.length}.ttf`)
    if (!existsSync(file)) writeFileSync(file, woffToSfnt(woff))
    return file
  })
}

/**
 * An exported chart's SVG as a PNG `width` px wide, drawn with the font its text was measured in and no other:
 * system fonts are refused, so a build machine without Inter draws the same picture as one with it.
 */
export function rasterisePng(svg: string, width: number): { png: Buffer; width: number; height: number } {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT_FAMILY },
  }).render()
  return { png: image.asPng(), width: image.width, height: image.height }
}
