import { expect, test } from '@playwright/test'
import { chartsLaidOut } from './fixtures.ts'

const CHARTS = [
  { region: 'Cloud infrastructure market share', marks: 7 },
  { region: 'AWS revenue and operating profit', marks: 2 },
  { region: 'Amazon layoff waves', marks: 4 },
] as const

/**
 * A blog that strips scripts keeps only the iframe of the responsive snippet: its own height must hold
 * every mark and the source line at host widths 320, 640 and 960.
 */
for (const chart of CHARTS) {
  test(`without its script, the responsive ${chart.region} snippet shows every mark and the source @subpath`, async ({
    page,
    context,
  }) => {
    await page.goto('./')
    await page
      .getByRole('region', { name: chart.region })
      .getByRole('button', { name: /^Embed/ })
      .click()
    const dialog = page.getByRole('dialog', { name: /Embed/ })
    await dialog.getByLabel(/Responsive/).check()
    const snippet = await dialog.getByLabel('Embed code').inputValue()
    const stripped = snippet.replace(/<script[^>]*><\/script>/g, '')
    expect(stripped).not.toContain('<script')
    const height = Number(/height:(\d+)px/.exec(stripped)![1])

    for (const width of [320, 640, 960]) {
      const host = await context.newPage()
      await host.setViewportSize({ width, height: height + 200 })
      await host.setContent(`<body style="margin:0">${stripped}</body>`)
      const frame = host.frameLocator('iframe')
      await expect(frame.getByText(/^Source:/)).toBeVisible()
      const iframe = (await host.locator('iframe').boundingBox())!
      expect(iframe.height).toBe(height)
      const marks = frame.locator('svg [aria-pressed]')
      await expect(marks).toHaveCount(chart.marks)
      // Read in one go inside the frame (its own coordinates): the view may still be redrawing its marks.
      const bottoms = await marks.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom))
      bottoms.push(await frame.getByText(/^Source:/).evaluate((el) => el.getBoundingClientRect().bottom))
      for (const b of bottoms) expect(b, `${chart.region} at ${width}`).toBeLessThanOrEqual(iframe.height)
      if (process.env.E2E_SHOTS && width === 320)
        await host.screenshot({
          path: `docs/screenshots/snippet-noscript-${chart.marks}-${chart.region.split(' ')[0]}-320.png`,
        })
      await host.close()
    }
  })
}

test('the evidence popover fits a 640×360 embed with its links in view', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 })
  await page.goto('./embed-market-share.html?view=embed&chart=market-share')
  await page.getByRole('button', { name: /^Microsoft Azure: 24%/ }).click()
  const popover = page.getByRole('region', { name: /^Evidence: / })
  await expect(popover).toBeVisible()
  await expect(popover.getByRole('link', { name: 'All evidence in the dashboard' })).toBeInViewport({ ratio: 1 })
  await expect(popover).toBeInViewport({ ratio: 1 })
  if (process.env.E2E_SHOTS) await page.screenshot({ path: 'docs/screenshots/embed-popover-640x360.png' })
})

test('16:9 frames hold every mark, value and the source, or say how many marks they leave out', async ({ page }) => {
  for (const [width, height] of [
    [960, 540],
    [640, 360],
    [480, 270],
    [320, 180],
  ]) {
    await page.setViewportSize({ width, height })
    for (const chart of ['market-share', 'aws-results', 'layoffs']) {
      await page.goto(`./embed-${chart}.html?view=embed&chart=${chart}`)
      await chartsLaidOut(page)
      await expect(page.getByText(/^Source:/)).toBeInViewport({ ratio: 1 })
      const marks = await page.locator('svg [aria-pressed]').all()
      const inside = (
        await Promise.all(
          marks.map(async (m) => (await m.boundingBox())!.y + (await m.boundingBox())!.height <= height),
        )
      ).filter(Boolean).length
      // No inner scroll anywhere: a fact cut off is counted in a cue instead.
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll('*')].some(
            (e) => e.scrollHeight > e.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(e).overflowY),
          ),
        ),
      ).toBe(false)
      const mustFit = width >= 640 || (width === 480 && chart !== 'layoffs')
      if (mustFit) expect(inside, `${chart} at ${width}×${height}`).toBe(marks.length)
      else if (inside < marks.length) await expect(page.getByRole('link', { name: /more · open chart$/ })).toBeVisible()
      if (process.env.E2E_SHOTS && (width === 320 || (width === 640 && chart === 'layoffs')))
        await page.screenshot({ path: `docs/screenshots/embed-${chart}-${width}x${height}.png` })
    }
  }
})
