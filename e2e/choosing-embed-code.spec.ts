import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { facts, open } from './fixtures.ts'

/*
 * A reader takes a chart's embed code from its Embed dialog, by mouse or keyboard, on a laptop or a phone.
 */

const CHART = 'Cloud infrastructure market share'

// Each test loads the dashboard and a live preview, some of them several times over.
test.describe.configure({ timeout: 60_000 })

async function openEmbedDialog(page: Page) {
  const opener = page.getByRole('region', { name: CHART }).getByRole('button', { name: /^Embed/ })
  await opener.click()
  const dialog = page.getByRole('dialog', { name: /^Embed/ })
  await expect(dialog).toBeVisible()
  return { dialog, opener }
}

// One dialog, opened on a laptop and then in a phone's window: its layout follows the window, as CSS lays it out.
// Its top stays put: a centred dialog moved its choices by 14–50 px as the preview's height changed.
test('the Embed dialog fits a 1440×900 and a 375×812 window with its buttons in view, whatever the choice', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await open(page, './')
  const { dialog } = await openEmbedDialog(page)
  for (const [width, height] of [
    [1440, 900],
    [375, 812],
  ] as const) {
    await page.setViewportSize({ width, height })
    // The choices stay under the pointer while the preview's height follows them.
    const firstChoice = dialog.getByLabel(/^Responsive/)
    const choicesAt = async () => Math.round((await firstChoice.boundingBox())!.y)
    const at = await choicesAt()
    for (const size of [/^Responsive/, /^16:9 frame/, /^Static image/]) {
      await dialog.getByLabel(size).check()
      expect(await choicesAt(), `${width}×${height}, ${size.source}`).toBe(at)
      await expect(dialog, `${width}×${height}`).toBeInViewport({ ratio: 1 })
      for (const button of ['Close', 'Copy embed code'])
        await expect(dialog.getByRole('button', { name: button }), `${width}×${height}`).toBeInViewport({ ratio: 1 })
    }
    if (width === 1440) {
      // On a laptop the whole dialog is in view at once: choices, preview, code and buttons.
      await dialog.getByLabel(/^Responsive/).check()
      await expect(dialog.getByRole('region', { name: 'Preview' }).locator('iframe')).toBeInViewport({ ratio: 1 })
      await expect(dialog.getByLabel('Embed code')).toBeInViewport({ ratio: 1 })
    }
    if (process.env.E2E_SHOTS) {
      await dialog.getByLabel(/^Responsive/).check()
      const preview = dialog.getByRole('region', { name: 'Preview' }).frameLocator('iframe')
      await expect(preview.getByRole('button', { name: /^AWS/ }).first()).toBeVisible()
      await page.screenshot({ path: `docs/screenshots/embed-dialog-${width}x${height}.png` })
    }
  }
})

test('by keyboard, the dialog opens on its first choice, the preview is no tab stop and Escape closes the dialog wherever focus is', async ({
  page,
}) => {
  await open(page, './')
  const { dialog, opener } = await openEmbedDialog(page)
  const stops = [
    dialog.getByRole('radio', { name: /^Responsive/ }),
    dialog.getByRole('radio', { name: 'Follow the reader’s system' }),
    dialog.getByRole('radio', { name: /^Card/ }),
    dialog.getByRole('textbox', { name: 'Embed code' }),
    dialog.getByRole('link', { name: /^Preview the embed/ }),
    dialog.getByRole('button', { name: 'Close' }),
    dialog.getByRole('button', { name: 'Copy embed code' }),
  ]
  // The dialog opens on its first choice, not on the box that scrolls the choices; each Tab reaches the next
  // control, never the chart in the preview, and the last wraps to the first.
  await expect(stops[0]).toBeFocused()
  for (const stop of [...stops.slice(1), stops[0]]) {
    await page.keyboard.press('Tab')
    await expect(stop).toBeFocused()
  }
  // A click on the preview takes no focus into it (Playwright refuses to click an inert target: the mouse does).
  const bar = (await dialog.getByRole('region', { name: 'Preview' }).locator('iframe').boundingBox())!
  await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height / 4)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()
  for (const stop of stops) {
    await page.keyboard.press('Enter')
    await expect(dialog).toBeVisible()
    await stop.focus()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(opener).toBeFocused()
  }
})

test('offers the responsive code first, previewed at its chart’s height, saying what a transparent chart and the script will do; the 16:9 frame for slides; and the image with what it states', async ({
  page,
}) => {
  await open(page, './')
  const { dialog } = await openEmbedDialog(page)
  const sizes = dialog.getByRole('group', { name: 'Size' }).getByRole('radio')
  await expect(sizes.first()).toHaveAccessibleName(/^Responsive/)
  await expect(sizes.first()).toBeChecked()
  await expect(dialog.getByRole('radio', { name: /^16:9 frame: for slides and fixed layouts/ })).toBeVisible()

  // The responsive code's preview is at its chart's height, and the dialog says what a transparent chart and the
  // script will do.
  const preview = dialog.getByRole('region', { name: 'Preview' })
  await expect(preview.frameLocator('iframe').getByRole('button', { name: /^AWS/ }).first()).toBeVisible()
  const frame = page.frames().find((f) => f.url().includes('fit=content'))!
  const content = () => frame.evaluate(() => Math.round(document.body.getBoundingClientRect().height))
  const box = async () => Math.round((await preview.locator('iframe').boundingBox())!.height)
  await expect.poll(async () => Math.abs((await box()) - (await content()))).toBeLessThanOrEqual(2)

  await expect(dialog.getByText(/passes the keys the chart does not use .* back to the page/)).toBeVisible()
  await dialog.getByLabel('Dark', { exact: true }).check()
  await dialog.getByLabel(/^Transparent/).check()
  await expect(preview.getByText(/made for dark pages.*embed-resize\.js turns its text dark/)).toBeVisible()

  // The image is light and on white whatever is chosen: those choices are off, and say why.
  await dialog.getByLabel(/^Static image/).check()
  for (const group of ['Theme', 'Background']) {
    const radios = dialog.getByRole('group', { name: new RegExp(`^${group} \\(the image is light, on white\\)`) })
    for (const radio of await radios.getByRole('radio').all()) await expect(radio).toBeDisabled()
  }
  // The preview is the picture the code shows, described as the code describes it: every share the chart draws.
  const code = await dialog.getByLabel('Embed code').inputValue()
  const alt = /alt="([^"]+)"/.exec(code)![1].replaceAll('&amp;', '&').replaceAll('&quot;', '"')
  const picture = dialog.getByRole('region', { name: 'Preview' }).getByRole('img')
  await expect(picture).toHaveAccessibleName(alt)
  const shares = facts.filter((f) => f.metric === 'market_share' && f.value.amount !== undefined)
  expect(shares.length).toBeGreaterThan(0)
  for (const share of shares) expect(alt).toContain(`${share.value.amount}%`)
  expect(new URL(/href="([^"]+)"/.exec(code)![1]).pathname).toMatch(/embed-market-share\.html$/)

  await dialog.getByLabel(/^Responsive/).check()
  await expect(dialog.getByRole('radio', { name: 'Dark', exact: true })).toBeEnabled()
})
