import { expect, test, type Frame, type Page } from '@playwright/test'
import {
  ARTICLE_ID,
  chart,
  companyName,
  escapeRegExp,
  fact,
  mark,
  open,
  PAGE_LOAD,
  shareMark,
  shownPeriod,
  shownValue,
} from './fixtures.ts'

/*
 * A chart embedded in another page: it fills its frame, follows the filters it was made with, opens compact
 * evidence, links back, and its code can be copied and pasted. Embeds on pages of other colours are in
 * host-pages.spec.ts; their frames at every size in embed-fallback.spec.ts; the URLs and the snippet in
 * src/features/embed/embed-links.test.ts.
 */

const share = fact('share-aws-2023-q4')
const azure = fact('share-azure-2023-q4')

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

/** An iframe of the given size fills with the chart: no scrollbars, the drawing takes most of it. */
async function expectFills(page: Page, width: number, height: number) {
  await page.setViewportSize({ width: width + 40, height: height + 40 })
  await page.locator('iframe').evaluate((f, [w, h]) => Object.assign(f, { width: w, height: h }), [width, height])
  const frame = page.frames()[1]
  // "Fills": the drawing takes most of the frame, whatever its size, once laid out for it.
  await expect.poll(async () => (await frameSize(frame)).chartWidth).toBeGreaterThan(width * 0.85)
  const size = await frameSize(frame)
  expect(size.scrollHeight, `${width}×${height}`).toBeLessThanOrEqual(size.clientHeight)
  expect(size.scrollWidth, `${width}×${height}`).toBeLessThanOrEqual(size.clientWidth)
  expect(size.chartHeight, `${width}×${height}`).toBeGreaterThan(height * 0.5)
}

test('an embed fills a 640×360 and a 1920×1080 iframe with its chart, without scrollbars', async ({
  page,
  baseURL,
}) => {
  const src = new URL('./?view=embed&chart=market-share', baseURL).href
  await page.setContent(`<iframe src="${src}" title="Market share" width="640" height="360" style="border:0"></iframe>`)
  await expect(shareMark(page.frameLocator('iframe').locator('body'), share)).toBeVisible(PAGE_LOAD)
  await expectFills(page, 640, 360)
  await expectFills(page, 1920, 1080)
})

test('an embed follows its filters, names articles by label, opens compact evidence and links back; an unknown chart is reported @subpath', async ({
  page,
  baseURL,
}) => {
  await open(page, `./?view=embed&chart=market-share&company=${share.company},${azure.company}`)
  const body = page.locator('body')
  await expect(shareMark(body, azure)).toBeVisible(PAGE_LOAD)
  // A company left out: none of its marks (its share, its change) is drawn.
  await expect(mark(body, companyName(fact('share-google-cloud-2023-q4').company))).toHaveCount(0)
  await expect(page.getByText(/^Source: /)).toBeVisible()
  await expect(body).not.toContainText(ARTICLE_ID)
  await shareMark(body, azure).click()
  const evidence = page.getByRole('region', { name: /^Evidence:/ })
  await expect(evidence.getByRole('blockquote')).toContainText(shownValue(azure))
  // The popover comes after the marks: the focus goes to it, and back to the mark when Escape closes it.
  await expect(evidence).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(evidence).toBeHidden()
  await expect(shareMark(body, azure)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(evidence).toBeFocused()
  const back = evidence.getByRole('link', { name: 'All evidence in the dashboard' })
  const url = new URL((await back.getAttribute('href'))!)
  expect(url.pathname, 'the dashboard the embed came from').toBe(new URL(baseURL!).pathname)
  expect(url.searchParams.get('fact')).toBe(azure.id)
  expect(url.searchParams.get('company')).toBe(`${share.company},${azure.company}`)
  expect(url.searchParams.get('view')).toBeNull()

  // Another chart names its articles by label too, in its source line and its evidence (every chart's source line
  // on the dashboard: evidence-sources.spec.ts).
  const cuts = fact('layoffs-2024-04')
  await open(page, './?view=embed&chart=layoffs')
  await expect(page.getByText(/^Source: /)).toBeVisible(PAGE_LOAD)
  await expect(body).not.toContainText(ARTICLE_ID)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chart('layoffs').title)
  // The embed draws the chart alone: the mark is found by its name, as on the dashboard.
  await mark(body, `${cuts.label},`)
    .getByText((cuts.value.words as string[])[0])
    .click()
  const popover = page.getByRole('region', { name: `Evidence: ${cuts.label}` })
  await expect(popover).toContainText('The articles differ on')
  await expect(popover).toContainText(shownPeriod(cuts))
  await expect(popover).not.toContainText(ARTICLE_ID)

  // A chart's own embed page, its query dropped (as some hosts drop an iframe's): that chart, not the dashboard.
  await page.goto('./embed-market-share.html')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chart('market-share').title, PAGE_LOAD)
  await expect(shareMark(body, share)).toBeVisible()
  await expect(page).toHaveURL(/embed-market-share\.html\?view=embed&chart=market-share$/)
  // Its query written by hand with no view in it: still that chart, with the query's choices.
  await page.goto('./embed-layoffs.html?theme=dark')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chart('layoffs').title, PAGE_LOAD)
  await expect(page).toHaveURL(/embed-layoffs\.html\?view=embed&chart=layoffs&theme=dark$/)
  await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)

  // A link to a chart there is not: said so, with the charts there are.
  await page.goto('./?view=embed&chart=pie')
  await expect(page.getByRole('alert')).toContainText('names no chart this dashboard has', PAGE_LOAD)
  await page.getByRole('link', { name: chart('layoffs').title }).click()
  await expect(page.getByRole('heading', { name: chart('layoffs').title })).toBeVisible(PAGE_LOAD)
})

test.describe('embed code', () => {
  test('copies a snippet that, pasted into a page, renders the same chart and sizes itself @subpath', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const others = fact('share-others-2023-q4')
    await open(page, `./?company=aws,azure,google-cloud,${others.company}`)
    await page
      .getByRole('region', { name: chart('market-share').title })
      .getByRole('button', { name: /^Embed/ })
      .click()
    const dialog = page.getByRole('dialog', { name: /Embed/ })
    await dialog.getByLabel(/Responsive/).check()
    await dialog.getByRole('button', { name: 'Copy embed code' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.')
    const snippet = await page.evaluate(() => navigator.clipboard.readText())
    expect(snippet).toBe(await dialog.getByLabel('Embed code').inputValue())
    expect(snippet).toMatch(new RegExp(`<iframe [^>]*title="${escapeRegExp(chart('market-share').title)}`))

    const host = await context.newPage()
    await host.setContent(`<h1>Quarterly review</h1>${snippet}`)
    const frame = host.frameLocator('iframe').locator('body')
    await expect(shareMark(frame, share)).toBeVisible(PAGE_LOAD)
    await expect(shareMark(frame, others)).toHaveAccessibleName(/, derived/)
    // The shipped script replaces the snippet's 420px placeholder with the chart's own height.
    await expect
      .poll(() => host.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height))
      .not.toBe('420px')
    // The frame is cross-origin to the host page: read its content's height from inside it.
    const frameHeight = await host.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)
    const contentHeight = await host.frames()[1].evaluate(() => document.body.getBoundingClientRect().height)
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2)
  })
})
