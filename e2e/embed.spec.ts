import { expect, test, type Frame } from '@playwright/test'

const marketShare = { name: 'Cloud infrastructure market share' }

async function frameSize(frame: Frame) {
  return frame.evaluate(() => {
    const root = document.documentElement
    const svg = document.querySelector('figure svg')?.getBoundingClientRect()
    return {
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      chartWidth: svg?.width ?? 0,
      chartHeight: svg?.height ?? 0,
    }
  })
}

test.describe('embed view', () => {
  for (const [width, height] of [
    [640, 360],
    [1920, 1080],
  ]) {
    // One size is enough to show that an embed loads from a sub-path.
    const tag = width === 640 ? ' @subpath' : ''
    test(`fills a ${width}×${height} iframe with the chart and no scrollbars${tag}`, async ({ page, baseURL }) => {
      const src = new URL('./?view=embed&chart=market-share', baseURL).href
      await page.setViewportSize({ width: width + 40, height: height + 40 })
      await page.setContent(
        `<iframe src="${src}" title="Market share" width="${width}" height="${height}" style="border:0"></iframe>`,
      )
      const frame = page.frameLocator('iframe')
      await expect(frame.getByRole('button', { name: /^AWS: 31%/ })).toBeVisible()
      const size = await frameSize(page.frames()[1])
      expect(size.scrollHeight).toBeLessThanOrEqual(size.clientHeight)
      expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth)
      // "Fills": the drawing takes most of the frame, whatever its size.
      expect(size.chartWidth).toBeGreaterThan(width * 0.85)
      expect(size.chartHeight).toBeGreaterThan(height * 0.5)
    })
  }

  test('honours the filters, shows compact evidence and links back to the dashboard @subpath', async ({
    page,
    baseURL,
  }) => {
    await page.goto('./?view=embed&chart=market-share&company=aws,azure')
    await expect(page.getByRole('button', { name: /^Google Cloud/ })).toHaveCount(0)
    await page.getByRole('button', { name: /^Microsoft Azure: 24%/ }).click()
    const evidence = page.getByRole('region', { name: /^Evidence:/ })
    await expect(evidence.getByRole('blockquote')).toContainText('24%')
    const back = evidence.getByRole('link', { name: 'All evidence in the dashboard' })
    const url = new URL((await back.getAttribute('href'))!)
    expect(url.pathname, 'the dashboard the embed came from').toBe(new URL(baseURL!).pathname)
    expect(url.searchParams.get('fact')).toBe('share-azure-2023-q4')
    expect(url.searchParams.get('company')).toBe('aws,azure')
    expect(url.searchParams.get('view')).toBeNull()
  })

  test('a transparent background leaves the host slide showing through', async ({ page }) => {
    await page.goto('./?view=embed&chart=layoffs&bg=transparent&theme=dark')
    await expect(page.getByRole('heading', { name: 'Amazon layoff waves' })).toBeVisible()
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe('rgba(0, 0, 0, 0)')
  })

  test('an embed link without a known chart says so and offers the charts @subpath', async ({ page }) => {
    await page.goto('./?view=embed&chart=pie')
    await expect(page.getByRole('alert')).toContainText('does not name a chart')
    await page.getByRole('link', { name: 'Amazon layoff waves' }).click()
    await expect(page.getByRole('heading', { name: 'Amazon layoff waves' })).toBeVisible()
  })
})

test.describe('embed code', () => {
  test('copies a snippet that, pasted into a page, renders the same chart and sizes itself @subpath', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('./?company=aws,azure,google-cloud,others')
    await page
      .getByRole('region', marketShare)
      .getByRole('button', { name: /^Embed/ })
      .click()
    const dialog = page.getByRole('dialog', { name: /Embed/ })
    await dialog.getByLabel(/Responsive/).check()
    await dialog.getByRole('button', { name: 'Copy embed code' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.')
    const snippet = await page.evaluate(() => navigator.clipboard.readText())
    expect(snippet).toBe(await dialog.getByLabel('Embed code').inputValue())
    expect(snippet).toMatch(/<iframe [^>]*title="Cloud infrastructure market share/)

    const host = await context.newPage()
    await host.setContent(`<h1>Quarterly review</h1>${snippet}`)
    const frame = host.frameLocator('iframe')
    await expect(frame.getByRole('button', { name: /^AWS: 31%/ })).toBeVisible()
    await expect(frame.getByRole('button', { name: /^Other providers: 34%, derived/ })).toBeVisible()
    // The shipped script replaces the snippet's 420px placeholder with the chart's own height.
    await expect
      .poll(() => host.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height))
      .not.toBe('420px')
    // The frame is cross-origin to the host page: read its content's height from inside it.
    const frameHeight = await host.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)
    const contentHeight = await host.frames()[1].evaluate(() => document.body.getBoundingClientRect().height)
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2)
  })

  test('selects the code when the clipboard is refused', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      })
    })
    await page.goto('./')
    await page
      .getByRole('region', { name: 'Amazon layoff waves' })
      .getByRole('button', { name: /^Embed/ })
      .click()
    const dialog = page.getByRole('dialog', { name: /Embed/ })
    await dialog.getByRole('button', { name: 'Copy embed code' }).click()
    await expect(dialog.getByRole('status')).toContainText('blocked the clipboard')
    const code = dialog.getByLabel('Embed code')
    await expect(code).toBeFocused()
    const selected = await code.evaluate((t) => {
      const area = t as HTMLTextAreaElement
      return area.value.slice(area.selectionStart, area.selectionEnd)
    })
    expect(selected).toBe(await code.inputValue())
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })
})
