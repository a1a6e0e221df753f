import { expect, test } from '@playwright/test'
import { slideOf } from './fixtures'

const slideParam = (url: string) => new URL(url).searchParams.get('slide')

test('presentation mode moves between slides by keyboard and the URL follows @subpath', async ({ page }) => {
  await page.goto('./')
  // One slide per chart on the dashboard.
  const charts = await page.getByRole('main').getByRole('figure').count()
  await page.getByRole('button', { name: 'Present' }).click()
  await expect(page.getByText(`Slide 1 of ${charts}`)).toBeVisible()
  const title = page.getByRole('heading', { level: 1 })
  await expect(title).toHaveText('Cloud infrastructure market share')
  // The caption quotes the key figure with its source.
  await expect(page.getByRole('blockquote')).toContainText('31%')

  await page.keyboard.press('ArrowRight')
  await expect(title).toHaveText('AWS revenue and operating profit')
  await expect.poll(() => slideParam(page.url())).toBe('2')

  await page.keyboard.press('ArrowRight')
  await expect(title).toHaveText('Amazon layoff waves')
  await expect.poll(() => slideParam(page.url())).toBe('3')
  await expect(page.getByRole('blockquote')).toContainText(/several hundred|hundreds/i)

  await page.keyboard.press('End')
  await expect(page.getByText(`Slide ${charts} of ${charts}`)).toBeVisible()
  await page.keyboard.press('PageUp')
  await expect(page.getByText(slideOf(charts - 1))).toBeVisible()
  await page.keyboard.press('Home')
  await expect(page.getByText(slideOf(1))).toBeVisible()
  await page.keyboard.press(' ')
  await expect(page.getByText(slideOf(2))).toBeVisible()
  await page.keyboard.press('PageDown')
  await expect(page.getByText(slideOf(3))).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByText(slideOf(2))).toBeVisible()

  // A reload (or a shared link) opens the same slide, once the URL has caught up with the keys.
  await expect.poll(() => slideParam(page.url())).toBe('2')
  await page.reload()
  await expect(title).toHaveText('AWS revenue and operating profit')

  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { name: 'Cloud market dashboard' })).toBeAttached()
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBeNull()
})

test('slides follow the theme and the filters', async ({ page }) => {
  await page.goto('./?view=present&slide=1&theme=dark&company=aws,azure')
  await expect(page.getByRole('button', { name: /^Google Cloud/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^AWS: 31%/ })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)
  await page.getByRole('button', { name: 'Dark theme' }).click()
  await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('light')
})
