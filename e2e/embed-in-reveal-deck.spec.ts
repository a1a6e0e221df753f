import { writeFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { embedCodeFrom, scriptAnswered } from './embed-code.ts'
import { companyName, fact, mark, tabTo } from './fixtures.ts'
import { expect, test, type HostSite } from './host-site.ts'
import { cornersOf } from './png.ts'

/*
 * A presenter copies a chart's 16:9 code from the Embed dialog, dark and transparent, into a reveal.js
 * deck with the black theme (which declares no colour scheme), served from another origin. The deck
 * shows through the chart; after a click in the chart, the arrow keys still move the deck and Escape
 * still opens its overview; the keys the chart uses (Escape on open evidence, Tab and Space on its
 * marks) stay the chart's.
 */

/** reveal.js's black theme paints its page #191919 (--r-background-color in dist/theme/black.css). */
const DECK_BACKGROUND = [0x19, 0x19, 0x19]

const deckPage = (hostSite: HostSite, snippet: string) =>
  hostSite.page(
    '/deck.html',
    `<!doctype html><html><head><meta charset="utf-8"><title>Quarterly review</title>
<link rel="stylesheet" href="/reveal/reset.css"><link rel="stylesheet" href="/reveal/reveal.css">
<link rel="stylesheet" href="/reveal/theme/black.css"></head>
<body><div class="reveal"><div class="slides">
<section><h2>Quarterly review</h2></section>
<section><h2>Who leads the cloud</h2>${snippet}</section>
<section><h2>Questions</h2></section>
</div></div>
<script src="/reveal/reveal.js"></script>
<script>Reveal.initialize({ hash: true, transition: 'none', backgroundTransition: 'none' })</script>
</body></html>`,
  )

/** The slide on screen: reveal.js hides every other one from the accessibility tree. */
const onSlide = (page: Page, heading: string) => expect(page.getByRole('heading', { name: heading })).toBeVisible()

/** A slide's heading at full size, not a thumbnail of the overview (which scales every slide down). */
async function expectFullSize(heading: Locator) {
  await expect.poll(async () => (await heading.boundingBox())?.height ?? 0).toBeGreaterThan(40)
}

test('a chart in a reveal.js deck shows the deck through, hands it its keys after a click, and keeps its own', async ({
  page,
  hostSite,
}, testInfo) => {
  // Copying the code and loading the deck, reveal.js and the chart: more than a default test's time on a busy machine.
  test.setTimeout(90_000)
  const snippet = await embedCodeFrom(page, 'Cloud infrastructure market share', [
    /^16:9 frame/,
    'Dark',
    /^Transparent/,
  ])
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(`${deckPage(hostSite, snippet)}#/1`)
  await onSlide(page, 'Who leads the cloud')
  const chart = page.frameLocator('iframe').locator('body')
  const share = fact('share-aws-2023-q4')
  const aws = mark(chart, `${companyName(share.company)}: ${share.value.amount}%`)
  await expect(aws).toBeVisible()
  await scriptAnswered(page.frames().find((f) => f !== page.mainFrame())!)

  // Transparent means transparent: the corners of the frame are the deck's own black.
  const cornersOff = async () =>
    Math.max(
      ...(await cornersOf(page, page.locator('iframe'))).flatMap((rgb) =>
        rgb.map((v, i) => Math.abs(v - DECK_BACKGROUND[i])),
      ),
    )
  await expect.poll(cornersOff).toBeLessThanOrEqual(2)
  const shot = await page.screenshot()
  await testInfo.attach('deck', { body: shot, contentType: 'image/png' })
  if (process.env.E2E_SHOTS) writeFileSync('docs/screenshots/embed-reveal-black-deck-1280x720.png', shot)

  // A click on a bar opens its evidence; that Escape is the chart's, and the next arrow is the deck's.
  await aws.click()
  const evidence = chart.getByRole('region', { name: /^Evidence:/ })
  await expect(evidence).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(evidence).toBeHidden()
  await page.keyboard.press('ArrowRight')
  await onSlide(page, 'Questions')
  // Full size: the Escape the evidence took did not open the overview first.
  await expectFullSize(page.getByRole('heading', { name: 'Questions' }))
  await page.keyboard.press('ArrowLeft')
  await onSlide(page, 'Who leads the cloud')

  // A click on the chart's title, then Escape: the deck's overview, every slide a thumbnail; again, back.
  await chart.getByRole('heading', { name: 'Cloud infrastructure market share' }).click()
  const frameWidth = (await page.locator('iframe').boundingBox())!.width
  await page.keyboard.press('Escape')
  await expect.poll(async () => (await page.locator('iframe').boundingBox())!.width).toBeLessThan(frameWidth / 2)
  await page.keyboard.press('Escape')
  await expectFullSize(page.getByRole('heading', { name: 'Who leads the cloud' }))

  // Keyboard readers still move to a mark and select it: Space presses the mark, the deck stays.
  await tabTo(page, aws)
  await page.keyboard.press('Space')
  await expect(aws).toHaveAttribute('aria-pressed', 'true')
  await expect(evidence).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await onSlide(page, 'Questions')
})
