import { expect, test } from '@playwright/test'
import { dashboard, openDashboard, slideOf } from './fixtures.ts'

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

test('no tooltip outlives a slide change, a cleared selection or a filter @subpath', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('./?view=present&slide=1')
  const tooltip = page.getByText('Click for sources')
  const azure = page.getByRole('button', { name: /^Microsoft Azure: 24%/ })
  await azure.hover()
  await expect(tooltip).toBeVisible()
  await azure.click()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS revenue and operating profit')
  await expect(tooltip).toHaveCount(0)

  await page.keyboard.press('ArrowLeft')
  await azure.hover()
  await expect(tooltip).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(tooltip).toHaveCount(0)

  // On the dashboard: hover Azure, then filter to AWS by keyboard; no "24%" over the AWS bar.
  await openDashboard(page)
  const dashAzure = page
    .getByRole('region', { name: 'Cloud infrastructure market share' })
    .getByRole('button', { name: /^Microsoft Azure: 24%/ })
  await dashAzure.hover()
  await expect(tooltip.first()).toBeVisible()
  await dashboard(page).company('AWS').focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => new URL(page.url()).searchParams.get('company')).toBe('aws')
  await expect(tooltip).toHaveCount(0)
})

test('a filtered slide gives its chart at least half the slide, and its sources are a caption toggle', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('./?view=present&slide=1&company=azure')
  await expect(page.getByRole('button', { name: /^Microsoft Azure: 24%/ })).toBeVisible()
  // What the chart draws (bars, values, axis), not the box it is given.
  const drawn = await page.evaluate(() => {
    const svg = document.querySelector('main figure svg') as SVGSVGElement
    const rect = svg.getBoundingClientRect()
    const scale = rect.height / svg.viewBox.baseVal.height
    const box = [...svg.children].reduce(
      (b, el) => {
        const r = (el as SVGGraphicsElement).getBBox?.()
        return r && r.height ? { top: Math.min(b.top, r.y), bottom: Math.max(b.bottom, r.y + r.height) } : b
      },
      { top: Infinity, bottom: -Infinity },
    )
    return (box.bottom - box.top) * scale
  })
  expect(drawn).toBeGreaterThanOrEqual(360)
  if (process.env.E2E_SHOTS) await page.screenshot({ path: 'docs/screenshots/slide-filtered-azure-1280.png' })

  const toggle = page.getByRole('button', { name: 'Sources', exact: true })
  await toggle.focus()
  await page.keyboard.press('Enter')
  const sources = page.getByRole('region', { name: 'Sources' })
  await expect(sources).toContainText('Numbers produced by: Synergy Research Group')
  await expect(sources).toContainText('Reported in 1 of 5 articles')
  await expect(sources).toBeInViewport({ ratio: 1 })
  if (process.env.E2E_SHOTS) await page.screenshot({ path: 'docs/screenshots/slide-sources-open-1280.png' })
})
