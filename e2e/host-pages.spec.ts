import { writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { readPng } from './png.ts'

/**
 * Embeds on pages the project did not write, served from another origin (127.0.0.1, the app being on
 * localhost): every theme × background on light, dark (color-scheme: dark), yellow and gradient pages,
 * with and without embed-resize.js, read with a light and a dark system. Legibility is measured on the
 * screenshot: the text's colour against the colour most of its box shows.
 */
const HOSTS = {
  light: 'background:#ffffff',
  dark: 'color-scheme:dark;background:#111111;color:#eee',
  yellow: 'background:#ffe14d',
  gradient: 'background:linear-gradient(135deg,#fde68a,#f9a8d4)',
} as const
const THEMES = ['light', 'dark', null] as const
const BACKGROUNDS = ['card', 'transparent'] as const
const EMBEDS = THEMES.flatMap((theme) => BACKGROUNDS.map((bg) => ({ theme, bg })))

function hostPage(appUrl: string, host: keyof typeof HOSTS, script: boolean) {
  const frames = EMBEDS.map(({ theme, bg }, i) => {
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
    const host = url.searchParams.get('host') as keyof typeof HOSTS
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(hostPage(new URL('./', baseURL).href, host, url.searchParams.get('script') === '1'))
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
    const bgIndex = [...Array(data.length / 4).keys()].find(
      (p) => ((data[p * 4] << 16) | (data[p * 4 + 1] << 8) | data[p * 4 + 2]) === bgKey,
    )!
    const bgL = lum(bgIndex * 4)
    let best = 1
    let fg = 0
    for (let i = 0; i < data.length; i += 4) {
      const l = lum(i)
      const ratio = (Math.max(l, bgL) + 0.05) / (Math.min(l, bgL) + 0.05)
      if (ratio > best) [best, fg] = [ratio, i]
    }
    const hex = (i: number) => `rgb(${data[i]},${data[i + 1]},${data[i + 2]})`
    return { ratio: Math.round(best * 100) / 100, bg: hex(bgIndex * 4), fg: hex(fg) }
  }, png.toString('base64'))
}

for (const host of Object.keys(HOSTS) as (keyof typeof HOSTS)[]) {
  for (const script of [true, false]) {
    for (const reader of ['light', 'dark'] as const) {
      test(`every embed is legible on a ${host} page, ${script ? 'with' : 'without'} the script, for a ${reader} reader @subpath`, async ({
        browser,
      }, testInfo) => {
        // Six embeds, eighteen sampled screenshots and two full-page ones: more than a default test's time.
        test.setTimeout(90_000)
        const context = await browser.newContext({ colorScheme: reader, viewport: { width: 720, height: 2600 } })
        const page = await context.newPage()
        await page.goto(`${hostOrigin}/?host=${host}&script=${script ? 1 : 0}`)
        const results: string[] = []
        for (const [i, embed] of EMBEDS.entries()) {
          const frame = page.frameLocator(`#e${i}`)
          const title = frame.getByRole('heading', { level: 1 })
          await expect(title).toBeVisible()
          const source = frame.getByText(/^Source: Synergy/)
          const value = frame.locator('svg text', { hasText: '31%' }).first()
          await expect(value).toBeVisible()
          if (script && embed.bg === 'transparent') {
            // The handshake has answered: the embed declares the page's scheme.
            const inner = await (await page.locator(`#e${i}`).elementHandle())!.contentFrame()
            await expect.poll(() => inner!.evaluate(() => document.documentElement.style.colorScheme)).not.toBe('')
          }
          for (const [what, locator] of [
            ['title', title],
            ['value', value],
            ['source', source],
          ] as const) {
            const shot = await locator.screenshot()
            const { ratio, bg, fg } = await contrastOf(page, shot)
            results.push(`${embed.theme ?? 'follow'}/${embed.bg} ${what}: ${ratio} (${fg} on ${bg})`)
            expect(ratio, `${embed.theme ?? 'follow'} ${embed.bg} ${what}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5)
          }
        }
        // Where transparent and the page's scheme allows it, the corners show the page itself.
        const frames = page.locator('iframe')
        const visible = await page.screenshot({ fullPage: true })
        await page.addStyleTag({ content: 'iframe{visibility:hidden}' })
        const hidden = await page.screenshot({ fullPage: true })
        const points = await Promise.all(
          EMBEDS.map(async (_, i): Promise<[number, number]> => {
            const box = (await frames.nth(i).boundingBox())!
            return [Math.round(box.x) + 3, Math.round(box.y + (await page.evaluate(() => scrollY))) + 3]
          }),
        )
        const [seen, behind] = [(await readPng(page, visible, points)).at, (await readPng(page, hidden, points)).at]
        const corners = seen.map((p, i) => Math.max(...p.map((v, k) => Math.abs(v - behind[i][k]))))
        EMBEDS.forEach((embed, i) => {
          results.push(`${embed.theme ?? 'follow'}/${embed.bg} corner differs from page by ${corners[i]}`)
          // With the script every transparent embed is see-through; without it, wherever its palette's scheme
          // is the page's (else the browser's backdrop keeps its text legible).
          const pageDark = host === 'dark'
          const paletteDark = embed.theme ? embed.theme === 'dark' : reader === 'dark'
          if (embed.bg === 'transparent' && (script || pageDark === paletteDark))
            expect(corners[i], `${embed.theme ?? 'follow'} transparent corner`).toBeLessThanOrEqual(3)
        })
        await testInfo.attach('contrast', { body: results.join('\n'), contentType: 'text/plain' })
        if (process.env.E2E_SHOTS)
          writeFileSync(`docs/screenshots/host-${host}-${script ? 'script' : 'noscript'}-${reader}.png`, visible)
        console.log(`${host} ${script ? 'script' : 'noscript'} ${reader}\n  ${results.join('\n  ')}`)
        await context.close()
      })
    }
  }
}
