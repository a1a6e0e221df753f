import { writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { fact, shownValue } from './fixtures.ts'
import { readPng } from './png.ts'

/**
 * Embeds on pages the project did not write, served from another origin (127.0.0.1, the app being on
 * localhost): light, dark (color-scheme: dark) and gradient pages, with and without embed-resize.js.
 * Legibility is measured on the screenshot: the text's colour against the colour most of its box shows.
 *
 * What the page behind shows through is a transparent embed's concern: each page holds the three transparent
 * embeds (light, dark, and one that follows the reader's system). With the script, the page's colours choose the
 * palette, read by a dark reader; without it, the page's declared scheme and the reader's system do: read by a light reader and then, once
 * the system turns dark, the embed that follows it again. An opaque embed paints its own card: it is read on a
 * page that declares a dark scheme and on a light one. How embed-resize.js reads a page's colours into a
 * palette is unit-tested in src/features/embed/host-scheme.test.ts.
 */
const HOSTS = {
  light: 'background:#ffffff',
  dark: 'color-scheme:dark;background:#111111;color:#eee',
  gradient: 'background:linear-gradient(135deg,#fde68a,#f9a8d4)',
} as const
type Host = keyof typeof HOSTS
type Theme = 'light' | 'dark' | null
type Background = 'card' | 'transparent'
interface Embed {
  theme: Theme
  bg: Background
}
const THEMES: Theme[] = ['light', 'dark', null]
const embedsWith = (bg: Background): Embed[] => THEMES.map((theme) => ({ theme, bg }))
const nameOf = (e: Embed) => `${e.theme ?? 'follow'}/${e.bg}`

const share = fact('share-aws-2023-q4')

function hostPage(appUrl: string, host: Host, script: boolean, embeds: Embed[]) {
  const frames = embeds.map(({ theme, bg }, i) => {
    const query = new URLSearchParams({ view: 'embed', chart: 'market-share' })
    if (theme) query.set('theme', theme)
    if (bg === 'transparent') query.set('bg', 'transparent')
    // As the snippet writes it: an opaque iframe carries its scheme, a transparent one inherits the page's.
    const scheme = bg === 'transparent' ? '' : `;color-scheme:${theme ?? 'light dark'}`
    const src = `${appUrl}embed-market-share.html?${query}`
    return `<iframe id="e${i}" src="${src}" title="embed ${i}" data-cloud-market-embed width="640" height="360" style="border:0;display:block;margin:24px${scheme}"></iframe>`
  })
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;${HOSTS[host]}}</style></head>
<body><main style="padding:16px">${frames.join('\n')}</main>${script ? `<script src="${appUrl}embed-resize.js"></script>` : ''}</body></html>`
}

let server: Server
let hostOrigin: string
test.beforeAll(async ({ baseURL }) => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const host = url.searchParams.get('host') as Host
    const embeds = embedsWith(url.searchParams.get('bg') as Background)
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(hostPage(new URL('./', baseURL).href, host, url.searchParams.get('script') === '1', embeds))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
test.afterAll(() => new Promise<void>((done) => server.close(() => done())))

/** Contrast of a screenshot's text against its background: the most frequent colour vs. the one farthest from it. */
function contrastOf(page: Page, png: Buffer): Promise<{ ratio: number; bg: string; fg: string }> {
  return page.evaluate(async (base64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${base64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth
    canvas.height = img.naturalHeight
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
    const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
    const lum = (i: number) => 0.2126 * lin(data[i]) + 0.7152 * lin(data[i + 1]) + 0.0722 * lin(data[i + 2])
    const counts = new Map<number, number>()
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    const bgKey = [...counts].sort((a, b) => b[1] - a[1])[0][0]
    let bgIndex = 0
    while (((data[bgIndex] << 16) | (data[bgIndex + 1] << 8) | data[bgIndex + 2]) !== bgKey) bgIndex += 4
    const bgL = lum(bgIndex)
    let best = 1
    let fg = 0
    for (let i = 0; i < data.length; i += 4) {
      const l = lum(i)
      const ratio = (Math.max(l, bgL) + 0.05) / (Math.min(l, bgL) + 0.05)
      if (ratio > best) [best, fg] = [ratio, i]
    }
    const hex = (i: number) => `rgb(${data[i]},${data[i + 1]},${data[i + 2]})`
    return { ratio: Math.round(best * 100) / 100, bg: hex(bgIndex), fg: hex(fg) }
  }, png.toString('base64'))
}

/** Title, a value and the source line of embed `i` each keep 4.5:1 against what is behind them. */
async function expectLegible(page: Page, i: number, embed: Embed, results: string[]) {
  const frame = page.frameLocator(`#e${i}`)
  const title = frame.getByRole('heading', { level: 1 })
  const value = frame.locator('svg text', { hasText: shownValue(share) }).first()
  const source = frame.getByText(/^Source: /)
  await expect(value).toBeVisible()
  for (const [what, locator] of [
    ['title', title],
    ['value', value],
    ['source', source],
  ] as const) {
    const { ratio, bg, fg } = await contrastOf(page, await locator.screenshot())
    results.push(`${nameOf(embed)} ${what}: ${ratio} (${fg} on ${bg})`)
    expect(ratio, `${nameOf(embed)} ${what}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5)
  }
}

/** How far each embed's top-left corner is from the page drawn without the embeds, channel by channel. */
async function cornersAgainstPage(page: Page, count: number) {
  const frames = page.locator('iframe')
  const visible = await page.screenshot({ fullPage: true })
  const points = await Promise.all(
    Array.from({ length: count }, async (_, i): Promise<[number, number]> => {
      const box = (await frames.nth(i).boundingBox())!
      return [Math.round(box.x) + 3, Math.round(box.y + (await page.evaluate(() => scrollY))) + 3]
    }),
  )
  await page.addStyleTag({ content: 'iframe{visibility:hidden}' })
  const hidden = await page.screenshot({ fullPage: true })
  await page.addStyleTag({ content: 'iframe{visibility:visible}' })
  const [seen, behind] = [(await readPng(page, visible, points)).at, (await readPng(page, hidden, points)).at]
  return { shot: visible, corners: seen.map((p, i) => Math.max(...p.map((v, k) => Math.abs(v - behind[i][k])))) }
}

/** Opens a host page, as a reader whose system is `reader`. */
async function openHost(page: Page, host: Host, script: boolean, bg: Background) {
  await page.goto(`${hostOrigin}/?host=${host}&script=${script ? 1 : 0}&bg=${bg}`)
  if (!script) return
  // The handshake has answered: each transparent embed declares the page's scheme.
  for (let i = 0; i < THEMES.length; i++) {
    await expect(page.frameLocator(`#e${i}`).getByRole('heading', { level: 1 })).toBeVisible()
    const frame = (await (await page.locator(`#e${i}`).elementHandle())!.contentFrame())!
    if (bg === 'transparent')
      await expect.poll(() => frame.evaluate(() => document.documentElement.style.colorScheme)).not.toBe('')
  }
}

// With the script, a gradient: the script reads its stops, and the palette any page colour gives (a plain
// light, dark or yellow page's) is unit-tested in host-scheme.test.ts; a dark embed pasted on a white page is
// e2e/embed-on-a-page.spec.ts's. Without the script the page's colours play no part, only its declared scheme: a
// dark page declares one, for light and dark readers; a page that declares none is embed-on-a-page.spec.ts's.
const TRANSPARENT_ON: [Host, boolean][] = [
  ['gradient', true],
  ['dark', false],
]

for (const [host, script] of TRANSPARENT_ON) {
  test(`transparent embeds are legible on a ${host} page ${script ? 'with' : 'without'} the script, and show it through where they can`, async ({
    page,
  }, testInfo) => {
    test.slow()
    const embeds = embedsWith('transparent')
    const results: string[] = []
    await page.setViewportSize({ width: 720, height: 1300 })
    const readers = script ? (['dark'] as const) : (['light', 'dark'] as const)
    for (const [n, reader] of readers.entries()) {
      await page.emulateMedia({ colorScheme: reader })
      if (n === 0) await openHost(page, host, script, 'transparent')
      // The reader's system changes the embed that follows it and no other.
      const read = n === 0 ? embeds : embeds.filter((e) => e.theme === null)
      for (const embed of read) await expectLegible(page, embeds.indexOf(embed), embed, results)
      const { shot, corners } = await cornersAgainstPage(page, embeds.length)
      for (const embed of read) {
        const corner = corners[embeds.indexOf(embed)]
        results.push(`${nameOf(embed)} (${reader} reader) corner differs from page by ${corner}`)
        // With the script every transparent embed is see-through; without it, wherever its palette's scheme
        // is the page's (else the browser's backdrop keeps its text legible).
        const paletteDark = embed.theme ? embed.theme === 'dark' : reader === 'dark'
        if (script || (host === 'dark') === paletteDark)
          expect(corner, `${nameOf(embed)} corner, ${reader} reader`).toBeLessThanOrEqual(3)
      }
      if (process.env.E2E_SHOTS)
        writeFileSync(`docs/screenshots/host-${host}-${script ? 'script' : 'noscript'}-${reader}.png`, shot)
    }
    await testInfo.attach('contrast', { body: results.join('\n'), contentType: 'text/plain' })
  })
}

for (const [host, script] of [
  ['dark', false],
  ['light', true],
] as const) {
  test(`opaque embeds keep their own card on a ${host} page ${script ? 'with' : 'without'} the script, for either reader`, async ({
    page,
  }, testInfo) => {
    test.slow()
    const embeds = embedsWith('card')
    const results: string[] = []
    await page.setViewportSize({ width: 720, height: 1300 })
    for (const reader of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: reader })
      if (reader === 'light') await openHost(page, host, script, 'card')
      const read = reader === 'light' ? embeds : embeds.filter((e) => e.theme === null)
      for (const embed of read) await expectLegible(page, embeds.indexOf(embed), embed, results)
    }
    await testInfo.attach('contrast', { body: results.join('\n'), contentType: 'text/plain' })
  })
}
