import bold from '@fontsource/inter/files/inter-latin-700-normal.woff2?url'
import regular from '@fontsource/inter/files/inter-latin-400-normal.woff2?url'
import { FONT_FAMILY } from '../../config/fonts.ts'

// The weights chart text is drawn in: the same files the page loads (Vite emits each once).
const FILES = [
  { weight: 400, url: regular },
  { weight: 700, url: bold },
] as const

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`The chart font ${url} could not be loaded (HTTP ${response.status})`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return `data:font/woff2;base64,${btoa(binary)}`
}

let faces: Promise<string> | undefined

/**
 * The @font-face rules an exported SVG carries, with the font inside it as
 * data URLs (about 64 kB): an SVG or PNG is drawn in the font its text was
 * measured against, whatever the opener has installed. Fetched once, on the
 * first export (the page has usually loaded the files already).
 */
export function embeddedFontFaces(): Promise<string> {
  faces ??= Promise.all(
    FILES.map(
      async ({ weight, url }) =>
        `@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight};src:url(${await dataUrl(url)}) format('woff2')}`,
    ),
  ).then((rules) => rules.join(''))
  // A failed fetch is not kept: the next export tries again.
  faces.catch(() => (faces = undefined))
  return faces
}
