import { expect, test } from '@playwright/test'
import { appReady, awsShareMark, dashboard, expectParam, fact, openDashboard, tabTo } from './fixtures.ts'

/*
 * Escape clears a selected value on the dashboard, as it does on a slide, from wherever the reader's focus is
 * on the page; what has its own use for Escape (an open menu, a dialog) keeps it.
 */

const share = fact('share-aws-2023-q4')
const evidenceHeading = (page: Parameters<typeof dashboard>[0]) =>
  dashboard(page).evidence.getByRole('heading', { level: 2 })

test('Escape on a selected bar clears it, and the focus stays on the bar', async ({ page }) => {
  await openDashboard(page)
  await appReady(page)
  const aws = awsShareMark(page)
  await aws.click()
  await expect(aws).toHaveAttribute('aria-pressed', 'true')
  await expect(evidenceHeading(page)).toHaveText(share.label)

  await page.keyboard.press('Escape')
  await expectParam(page, 'fact', null)
  await expect(aws).toHaveAttribute('aria-pressed', 'false')
  await expect(evidenceHeading(page)).toHaveText('Evidence')
  await expect(aws).toBeFocused()
})

test('Escape on “Show evidence” clears the selection and puts the focus back on the bar', async ({ page }) => {
  await openDashboard(page, `?fact=${share.id}`)
  await appReady(page)
  const show = page.getByRole('button', { name: `Show evidence for ${share.label}` })
  await tabTo(page, show)
  await page.keyboard.press('Escape')
  await expectParam(page, 'fact', null)
  await expect(show).toHaveCount(0)
  await expect(awsShareMark(page)).toBeFocused()
})

test('Escape in an open menu closes the menu and keeps the selection', async ({ page }) => {
  await openDashboard(page, `?fact=${share.id}`)
  await appReady(page)
  const exportButton = dashboard(page).marketShare.getByRole('button', { name: /^Export / })
  await exportButton.click()
  await expect(page.getByRole('menu')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)
  await expectParam(page, 'fact', share.id)
  await expect(awsShareMark(page)).toHaveAttribute('aria-pressed', 'true')

  // A second Escape, the menu closed, is the dashboard's.
  await page.keyboard.press('Escape')
  await expectParam(page, 'fact', null)
})
