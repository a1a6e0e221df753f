import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  CHARTS,
  chartsLaidOut,
  companyName,
  dashboard,
  expectParam,
  fact,
  inShippedFont,
  open,
  openDashboard,
  PAGE_LOAD,
  shareMark,
  shownValue,
  slideOf,
} from './fixtures.ts'

/*
 * Charts in every place a reader meets them: a phone, a narrow embed, a blog
 * column, a slide at the back of a room. Sizes are read from the rendered page.
 */

/** Pairs of texts in one chart whose rendered boxes intersect (1 px of slack for anti-aliasing). */
async function overlappingTexts(chart: Locator): Promise<string[]> {
  return chart.evaluate((svg) => {
    const boxes = [...svg.querySelectorAll('text')]
      .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
      .filter((b) => b.box.width > 0)
    const pairs: string[] = []
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i].box, boxes[j].box]
        const apart = a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1
        if (!apart) pairs.push(`"${boxes[i].text}" / "${boxes[j].text}"`)
      }
    }
    return pairs
  })
}

/** The smallest rendered size of the chart's texts: font size times the drawing's scale on screen. */
const smallestText = (chart: Locator) =>
  chart.evaluate((svg) => {
    const scale = (svg as SVGSVGElement).getScreenCTM()!.a
    return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale))
  })

const fontSize = (l: Locator) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

const charts = (page: Page) => page.locator('svg[data-chart]')

/*
 * Every chart's layout is checked over widths (a 320 px phone's card among them), frames and media against the
 * shipped font's measurements in src/features/charts/layout/layout.test.ts and frame.property.test.ts (and those
 * measurements against Chromium's in text-width.chromium.test.ts). Here the browser draws it: a mouse, and slides.
 */

test('hovering a mark shows its value and what a click does, every label stays, and a filter takes the tip away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openDashboard(page)
  await chartsLaidOut(page)
  const chart = dashboard(page).marketShare
  const labels = await chart.locator('svg text').allTextContents()
  const azure = fact('share-azure-2023-q4')
  const azureMark = shareMark(chart, azure)
  await azureMark.hover()
  await expect(azureMark).toHaveCSS('cursor', 'pointer')
  const tip = chart.getByText('Click for sources')
  await expect(tip).toBeVisible()
  await expect(tip.locator('..')).toContainText(shownValue(azure))
  expect(await chart.locator('svg text').allTextContents()).toEqual(labels)
  await page.mouse.move(0, 0)
  await expect(tip).toHaveCount(0)

  // Hover Azure, then filter to AWS by keyboard: no tip is left over the AWS bar.
  await azureMark.hover()
  await expect(tip).toBeVisible()
  await dashboard(page).company(companyName('aws')).focus()
  await page.keyboard.press('Enter')
  await expectParam(page, 'company', 'aws')
  await expect(tip).toHaveCount(0)
})

test('every slide at 1920×1080 reads from the back of the room', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await open(page, './?view=present&slide=1')
  for (const [i] of CHARTS.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight')
    const slide = i + 1
    await expect(page.getByText(slideOf(slide))).toBeVisible(PAGE_LOAD)
    const chart = charts(page)
    await expect(chart).toHaveCount(1)
    await expect(chart).toHaveAttribute('data-chart', CHARTS[i].id)
    expect(await smallestText(chart), `smallest chart text on slide ${slide}`).toBeGreaterThanOrEqual(24)
    await inShippedFont(page)
    expect(await overlappingTexts(chart), `slide ${slide}`).toEqual([])
    expect(await fontSize(page.getByRole('heading', { level: 1 }))).toBeGreaterThanOrEqual(48)
    expect(await fontSize(page.locator('blockquote'))).toBeGreaterThanOrEqual(22)
    expect(await fontSize(page.getByText(/^Source: /))).toBeGreaterThanOrEqual(22)
  }
})
