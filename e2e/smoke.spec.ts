import { expect, test } from '@playwright/test'

test('the production build loads the dataset and shows the three market shares @subpath', async ({ page }) => {
  await page.goto('./')
  const chart = page.getByRole('region', { name: 'Cloud infrastructure market share' })
  await expect(chart.getByRole('button', { name: /^AWS: 31%/ })).toBeVisible()
  await expect(chart.getByRole('button', { name: /^Microsoft Azure: 24%/ })).toBeVisible()
  await expect(chart.getByRole('button', { name: /^Google Cloud: 11%/ })).toBeVisible()
})
