import { expect, test, type FrameLocator, type Page } from '@playwright/test'
import {
  chartRegion,
  CHARTS,
  chartsLaidOut,
  fact,
  open,
  openDashboard,
  PAGE_LOAD,
  shareMark,
  shownPeriod,
} from './fixtures.ts'

/*
 * Embeds where no script runs or the frame is fixed: a responsive snippet whose script a blog strips must hold
 * its chart by its own height, and a 16:9 frame shows every mark or says how many it leaves out. The heights
 * are computed in src/features/embed/fallback-height.ts (tested beside it) and every chart's layout is checked
 * over frame sizes in src/features/charts/layout/layout.test.ts; here the browser draws them.
 */

/** Marks inside `frame` whose bottom is within `height`, read in one go (the view may still be redrawing). */
const marksWithin = (frame: FrameLocator | Page, height: number) =>
  frame
    .locator('svg [aria-pressed]')
    .evaluateAll((els, h) => els.filter((el) => el.getBoundingClientRect().bottom <= h).length, height)

test('without its script, each responsive snippet holds every mark and the source at host widths 320, 640 and 960', async ({
  page,
  context,
}) => {
  test.slow()
  await openDashboard(page)
  const snippets: { id: string; html: string; height: number; marks: number }[] = []
  for (const { id } of CHARTS) {
    const region = chartRegion(page, id)
    const marks = await region.locator('svg [aria-pressed]').count()
    await region.getByRole('button', { name: /^Embed/ }).click()
    const dialog = page.getByRole('dialog', { name: /Embed/ })
    await dialog.getByLabel(/Responsive/).check()
    const html = (await dialog.getByLabel('Embed code').inputValue()).replace(/<script[^>]*><\/script>/g, '')
    expect(html).not.toContain('<script')
    snippets.push({ id, html, height: Number(/height:(\d+)px/.exec(html)![1]), marks })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }

  // A blog's page with the three snippets, as it keeps them: iframes and no script.
  const host = await context.newPage()
  await host.setContent(`<body style="margin:0">${snippets.map((s) => `<div>${s.html}</div>`).join('')}</body>`)
  for (const width of [320, 640, 960]) {
    await host.setViewportSize({ width, height: 900 })
    for (const [i, s] of snippets.entries()) {
      const frame = host.frameLocator('iframe').nth(i)
      await expect(frame.getByText(/^Source:/)).toBeVisible(PAGE_LOAD)
      expect((await host.locator('iframe').nth(i).boundingBox())!.height).toBe(s.height)
      await expect(frame.locator('svg [aria-pressed]')).toHaveCount(s.marks)
      // Laid out for the new width: every mark and the source line within the iframe's own height.
      await expect.poll(() => marksWithin(frame, s.height), `${s.id} at ${width}`).toBe(s.marks)
      const source = await frame.getByText(/^Source:/).evaluate((el) => el.getBoundingClientRect().bottom)
      expect(source, `${s.id} source at ${width}`).toBeLessThanOrEqual(s.height)
      if (process.env.E2E_SHOTS && width === 320)
        await host
          .locator('iframe')
          .nth(i)
          .screenshot({ path: `docs/screenshots/snippet-noscript-${s.id}-320.png` })
    }
  }
})

/** Whether any element scrolls inside the page: a fact cut off must be counted in a cue instead. */
const innerScroll = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].some(
      (e) => e.scrollHeight > e.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(e).overflowY),
    ),
  )

test('16:9 frames show the period, the whole source and every mark, or say how many marks they leave out; the evidence popover fits a 640×360 embed', async ({
  page,
}) => {
  test.slow()
  for (const { id } of CHARTS) {
    await page.setViewportSize({ width: 960, height: 540 })
    await open(page, `./embed-${id}.html?view=embed&chart=${id}`)
    await chartsLaidOut(page)
    const marks = await page.locator('svg [aria-pressed]').count()
    // The size the frame is loaded at, the size most embeds take, and the smallest; every 16:9 width between is
    // src/features/charts/layout/frame.property.test.ts's (every mark from 480 px on).
    for (const [width, height] of [
      [960, 540],
      [640, 360],
      [320, 180],
    ]) {
      await page.setViewportSize({ width, height })
      const source = page.getByText(/^Source:/)
      await expect(source).toBeInViewport({ ratio: 1 })
      // Whole: not clipped by its box, nor cut short.
      expect(
        await source.evaluate((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1),
      ).toBe(false)
      await expect(source).not.toHaveText(/…$/)
      // The share chart's period, its year marked where inferred, at the size most embeds take.
      if (id === 'market-share' && width === 640)
        await expect(page.getByText(shownPeriod(fact('share-aws-2023-q4'))).first()).toBeVisible()
      expect(await innerScroll(page), `${id} at ${width}×${height}`).toBe(false)
      const mustFit = width >= 640
      if (mustFit) await expect.poll(() => marksWithin(page, height), `${id} at ${width}×${height}`).toBe(marks)
      else
        await expect
          .poll(
            async () =>
              (await marksWithin(page, height)) === marks ||
              (await page.getByRole('link', { name: /more values? · open chart$/ }).isVisible()),
            `${id} at ${width}×${height}: every mark, or a cue`,
          )
          .toBe(true)
      if (process.env.E2E_SHOTS && (width === 320 || (width === 640 && id === 'layoffs')))
        await page.screenshot({ path: `docs/screenshots/embed-${id}-${width}x${height}.png` })
    }
    if (id !== 'market-share') continue
    // The evidence popover fits a 640×360 embed with its links in view.
    await page.setViewportSize({ width: 640, height: 360 })
    await shareMark(page.locator('body'), fact('share-azure-2023-q4')).click()
    const popover = page.getByRole('region', { name: /^Evidence: / })
    await expect(popover).toBeVisible()
    await expect(popover.getByRole('link', { name: 'All evidence in the dashboard' })).toBeInViewport({ ratio: 1 })
    await expect(popover).toBeInViewport({ ratio: 1 })
    if (process.env.E2E_SHOTS) await page.screenshot({ path: 'docs/screenshots/embed-popover-640x360.png' })
    await page.keyboard.press('Escape')
  }
})
