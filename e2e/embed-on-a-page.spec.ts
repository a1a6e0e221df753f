import type { Page } from '@playwright/test'
import { expect, test } from './host-site.ts'
import { embedCodeFrom, scriptAnswered } from './embed-code.ts'
import { cornersOf } from './png.ts'

/*
 * A writer pastes a chart's embed code into an article on their own site (another origin). After a click
 * in the chart the page still scrolls with the keyboard; a dark, transparent chart on a dark page that
 * declares no colour scheme shows the page through, with or without the script; and on a white page
 * the script keeps that chart legible.
 */

const ARTICLE_TEXT = '<p>'.concat('Cloud spending kept growing through the quarter. '.repeat(60), '</p>')

/** The chart's code as the Embed dialog gives it: as it opens (responsive), and dark and transparent. */
let code: { responsive: string; darkTransparent: string }
test.beforeAll(async ({ browser, baseURL }) => {
  // The dashboard and its dialog, twice: more than a default test's time on a busy machine.
  test.setTimeout(90_000)
  const page = await browser.newPage({ baseURL })
  const chart = 'Cloud infrastructure market share'
  code = {
    responsive: await embedCodeFrom(page, chart),
    darkTransparent: await embedCodeFrom(page, chart, ['Dark', /^Transparent/]),
  }
  await page.close()
})

/** The embed's frame (the page's only one). */
const embedded = (page: Page) => page.frames().find((f) => f !== page.mainFrame())!

test('after a click in an embed, the page scrolls with the keyboard as if the iframe were not there', async ({
  page,
  hostSite,
}) => {
  const article = hostSite.page(
    '/article.html',
    `<!doctype html><html><head><meta charset="utf-8"><title>Cloud notes</title></head>
<body style="margin:0 auto;max-width:720px;font:18px/1.6 serif"><h1>Cloud notes</h1>${code.responsive}${ARTICLE_TEXT.repeat(5)}</body></html>`,
  )
  await page.setViewportSize({ width: 900, height: 700 })
  await page.goto(article)
  const chart = page.frameLocator('iframe').locator('body')
  const title = chart.getByRole('heading', { name: 'Cloud infrastructure market share' })
  await scriptAnswered(embedded(page))
  await title.click()
  const scrollY = () => page.evaluate(() => Math.round(window.scrollY))
  const { innerHeight, scrollHeight } = await page.evaluate(() => ({
    innerHeight: window.innerHeight,
    scrollHeight: document.documentElement.scrollHeight,
  }))

  const before = await scrollY()
  await page.keyboard.press('PageDown')
  // Once, by most of a window: the embed hands the key over instead of letting the browser scroll too.
  await expect.poll(scrollY).toBeGreaterThan(before + innerHeight / 2)
  expect(await scrollY()).toBeLessThanOrEqual(before + innerHeight)
  await page.keyboard.press('End')
  await expect.poll(scrollY).toBe(scrollHeight - innerHeight)
  await page.keyboard.press('Home')
  await expect.poll(scrollY).toBe(0)
  await page.keyboard.press('Space')
  await expect.poll(scrollY).toBeGreaterThan(innerHeight / 2)
})

for (const script of [true, false]) {
  test(`a dark, transparent embed shows a dark page that declares no colour scheme through, ${script ? 'with' : 'without'} its script`, async ({
    page,
    hostSite,
  }) => {
    const pasted = script ? code.darkTransparent : code.darkTransparent.replace(/<script[^>]*><\/script>/, '')
    const navy = [0x1e, 0x3a, 0x5f]
    const host = hostSite.page(
      `/navy-${script}.html`,
      `<!doctype html><html><head><meta charset="utf-8"><title>Navy</title></head>
<body style="margin:0;padding:24px;background:rgb(${navy})">${pasted}</body></html>`,
    )
    await page.goto(host)
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toBeVisible()
    if (script) await scriptAnswered(embedded(page))
    await expect.poll(() => cornersOf(page, page.locator('iframe'))).toEqual([navy, navy, navy, navy])
  })
}

test('with its script, a dark, transparent embed pasted on a white page turns its text dark to stay legible', async ({
  page,
  hostSite,
}) => {
  await page.goto(
    hostSite.page(
      '/white.html',
      `<!doctype html><body style="margin:0;background:#fff">${code.darkTransparent}</body>`,
    ),
  )
  const title = page.frameLocator('iframe').getByRole('heading', { level: 1 })
  await expect(title).toBeVisible()
  await scriptAnswered(embedded(page))
  // The title's colour against the white page, from a screenshot: its darkest pixel against the lightest.
  const shot = await title.screenshot()
  const { darkest, lightest } = await page.evaluate(async (base64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${base64}`
    await img.decode()
    const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height })
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const { data } = ctx.getImageData(0, 0, img.width, img.height)
    const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
    let [darkest, lightest] = [1, 0]
    for (let i = 0; i < data.length; i += 4) {
      const l = 0.2126 * lin(data[i]) + 0.7152 * lin(data[i + 1]) + 0.0722 * lin(data[i + 2])
      ;[darkest, lightest] = [Math.min(darkest, l), Math.max(lightest, l)]
    }
    return { darkest, lightest }
  }, shot.toString('base64'))
  expect(lightest).toBeGreaterThan(0.95)
  expect((lightest + 0.05) / (darkest + 0.05)).toBeGreaterThanOrEqual(4.5)
})
