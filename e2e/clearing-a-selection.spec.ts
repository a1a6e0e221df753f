import { expect, test } from '@playwright/test'
import { awsShareMark, dashboard, expectParam, fact, openDashboard, tabTo } from './fixtures.ts'

/*
 * Escape clears a selected value on the dashboard, as it does on a slide, from wherever the reader's focus is
 * on the page; what has its own use for Escape (an open menu, a dialog) keeps it.
 */

const share = fact('share-aws-2023-q4')
const evidenceHeading = (page: Parameters<typeof dashboard>[0]) =>
  dashboard(page).evidence.getByRole('heading', { level: 2 })

test('Escape clears a selected bar with the focus on it or on “Show evidence”, the focus back on the bar; an open menu takes the first Escape', async ({
  page,
}) => {
  await openDashboard(page)
  const aws = awsShareMark(page)
  const selected = async () => {
    await expect(aws).toHaveAttribute('aria-pressed', 'true')
    await expect(evidenceHeading(page)).toHaveText(share.label)
  }
  const cleared = async () => {
    await expectParam(page, 'fact', null)
    await expect(aws).toHaveAttribute('aria-pressed', 'false')
    await expect(evidenceHeading(page)).toHaveText('Evidence')
  }
  await aws.click()
  await selected()
  await page.keyboard.press('Escape')
  await cleared()
  await expect(aws).toBeFocused()

  // From the button that follows the selected bar.
  await page.keyboard.press('Enter')
  await selected()
  // The chart's own: the facts table's row for the same fact has one too.
  const show = dashboard(page).marketShare.getByRole('button', { name: `Show evidence for ${share.label}` })
  await tabTo(page, show)
  await page.keyboard.press('Escape')
  await cleared()
  await expect(show).toHaveCount(0)
  await expect(aws).toBeFocused()

  // An open menu closes first; a second Escape, the menu closed, is the dashboard's.
  await page.keyboard.press('Enter')
  await selected()
  await dashboard(page)
    .marketShare.getByRole('button', { name: /^Export / })
    .click()
  await expect(page.getByRole('menu')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)
  await expectParam(page, 'fact', share.id)
  await selected()
  await page.keyboard.press('Escape')
  await cleared()
})
