import { expect, test, type Page } from '@playwright/test'
import { chart, fact, layoffMark, open, openDashboard } from './fixtures.ts'

const plotHeight = (page: Page) =>
  page.locator('main figure svg[data-chart]').evaluate((svg) => svg.getBoundingClientRect().height)

// The layoff chart's slide, not the first: one the deck would not open on by itself.
test('Present opens on the Amazon layoff waves slide when a bar of it is selected, its quote in the caption', async ({
  page,
}) => {
  const selected = fact('layoffs-2023-03')
  await page.setViewportSize({ width: 1280, height: 720 })
  await openDashboard(page)
  await layoffMark(page, selected.id).click()
  await page.getByRole('button', { name: 'Present' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chart('layoffs').title)
  await expect(page.locator('figure[aria-live]')).toContainText(`${selected.label}:`)
})

test('Present from the top of the page, nothing selected, opens on the first chart, though the drawing beside it starts higher', async ({
  page,
}) => {
  // A short window: the market-share card's two-line title puts its drawing below the AWS chart's, so less of it
  // shows, while the two cards take the same room.
  await page.setViewportSize({ width: 1280, height: 450 })
  await openDashboard(page)
  await page.getByRole('button', { name: 'Present' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chart('market-share').title)
})

test('selecting a bar on a 1280×720 slide puts its quote in the caption without moving the plot', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await open(page, './?view=present&slide=3')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amazon layoff waves')
  await expect(page.getByRole('blockquote')).toBeVisible()
  const before = await plotHeight(page)
  const jassy = fact('layoffs-2023-03')
  const wave = page.locator('main figure svg').getByRole('button', { name: new RegExp(`^${jassy.label}`) })
  await wave.click()
  await expect(wave).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('figure').filter({ has: page.getByRole('blockquote') })).toContainText('9,000')
  expect(await plotHeight(page)).toBe(before)
  if (process.env.E2E_SHOTS) await page.screenshot({ path: 'docs/screenshots/slide-3-selected-1280x720.png' })
})

test('"Full screen" and the F key enter and leave full screen', async ({ page }) => {
  await open(page, './?view=present&slide=1')
  // Exact: "Exit full screen" holds the words too, and would pass for the button before the change is done.
  const enter = page.getByRole('button', { name: 'Full screen', exact: true })
  await enter.click()
  await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeVisible()
  await page.keyboard.press('f')
  await expect(enter).toBeVisible()
  await page.keyboard.press('F')
  await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeVisible()
})
