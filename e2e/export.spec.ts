import { expect, test, type Download, type Page } from '@playwright/test'
import Papa from 'papaparse'
import { readFileSync } from 'node:fs'
import { appReady, chartsLaidOut, facts } from './fixtures.ts'
import { pngSize, readPng } from './png.ts'

async function exportChart(page: Page, chart: string, option: string): Promise<Download> {
  await page
    .getByRole('region', { name: chart })
    .getByRole('button', { name: /^Export/ })
    .click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: new RegExp(`^${option}`) }).click()
  return download
}

const read = async (download: Download) => readFileSync((await download.path())!)

const distinctColours = async (page: Page, png: Buffer) => (await readPng(page, png)).distinct

test.describe('export', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./')
    await expect(page.getByRole('button', { name: /^AWS: 31%/ })).toBeVisible()
  })

  test('PNG for slides is 1920×1080, named for what it holds, and not blank @subpath', async ({ page }) => {
    const download = await exportChart(page, 'Cloud infrastructure market share', 'PNG for slides')
    expect(download.suggestedFilename()).toBe('cloud-market-share-2023-Q4-slide.png')
    const png = await read(download)
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 })
    expect(await distinctColours(page, png)).toBeGreaterThan(20)
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText('slide.png')
  })

  test('PNG at 2× is twice the on-screen size', async ({ page }) => {
    const chart = page.getByRole('region', { name: 'AWS revenue and operating profit' })
    // The chart as the app lays it out for its box (the built page carries a drawing per card width).
    await chartsLaidOut(page)
    const shown = (await chart.locator('svg[data-chart]').boundingBox())!
    const png = await read(await exportChart(page, 'AWS revenue and operating profit', 'PNG, 2×'))
    const { width, height } = pngSize(png)
    // Title and source line are added around the drawing, so the image is at least 2× the chart.
    expect(width).toBeGreaterThanOrEqual(Math.floor(shown.width * 2))
    expect(height).toBeGreaterThan(Math.floor(shown.height * 2))
    expect(await distinctColours(page, png)).toBeGreaterThan(10)
  })

  test('SVG parses as SVG, carries title, values and source, and renders opened from disk @subpath', async ({
    page,
    context,
  }) => {
    const download = await exportChart(page, 'Cloud infrastructure market share', 'SVG')
    expect(download.suggestedFilename()).toBe('cloud-market-share-2023-Q4.svg')
    const svg = (await read(download)).toString('utf8')
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      return {
        root: doc.documentElement.nodeName,
        errors: doc.getElementsByTagName('parsererror').length,
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        classes: doc.querySelectorAll('[class]').length,
        vars: text.includes('var(--'),
      }
    }, svg)
    expect(parsed).toMatchObject({ root: 'svg', errors: 0, classes: 0, vars: false })
    for (const share of ['31%', '24%', '11%', '34%']) expect(parsed.text).toContain(share)
    expect(parsed.text).toContain('Cloud infrastructure market share')
    expect(parsed.text).toContain('Synergy Research Group')

    const fromDisk = await context.newPage()
    // Saved under its own name: the download's temporary file has no extension, and would open as plain text.
    const file = test.info().outputPath(download.suggestedFilename())
    await download.saveAs(file)
    await fromDisk.goto(`file://${file}`)
    await expect(fromDisk.getByText('31%', { exact: true })).toBeVisible()
    // Drawn in the font its text was measured against, which the file carries: not the opener's fonts.
    const drawnIn = await fromDisk.evaluate(async () => {
      await document.fonts.ready
      await document.fonts.ready
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight}`)
    })
    expect(drawnIn.map((f) => f.replace(/"/g, '')).sort()).toEqual(['Inter 400', 'Inter 700'])
  })

  test('CSV parses back to the chart’s facts, one row per value, with quotes and sources', async ({ page }) => {
    const download = await exportChart(page, 'Amazon layoff waves', 'CSV data')
    expect(download.suggestedFilename()).toMatch(/^amazon-layoff-waves.*\.csv$/)
    const { data, errors } = Papa.parse<Record<string, string>>((await read(download)).toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    })
    expect(errors).toEqual([])
    const layoffs = facts.filter((f) => f.metric === 'layoffs')
    expect(data.map((r) => r.label).sort()).toEqual(layoffs.map((f) => f.label).sort())
    const vague = data.find((r) => r.vague === 'true')!
    expect(vague.value).toBe('')
    expect(vague.value_quotes).toContain('several hundred')
    // No wave is derived: the 27,000 of two waves is a row of its own, with the note that the articles
    // do not say whether the 9,000 of Jassy's email is one of them.
    expect(data.filter((r) => r.derived === 'true')).toEqual([])
    const total = data.find((r) => r.fact_id === 'layoffs-amazon-two-waves')!
    expect(total.value).toBe('27000')
    expect(total.note).toContain('do not say whether the 9,000')
  })

  test('CSV keeps commas and quotes in labels intact', async ({ page }) => {
    const label = 'AWS share, "cloud" market'
    await page.route('**/data/dataset.json', async (route) => {
      const dataset = await (await route.fetch()).json()
      dataset.facts.find((f: { id: string }) => f.id === 'share-aws-2023-q4').label = label
      await route.fulfill({ json: dataset })
    })
    await page.reload()
    // Other data than the page was built with: the app draws it afresh, and only then takes clicks.
    await appReady(page)
    const download = await exportChart(page, 'Cloud infrastructure market share', 'CSV data')
    const { data } = Papa.parse<Record<string, string>>((await read(download)).toString('utf8'), { header: true })
    expect(data.map((r) => r.label)).toContain(label)
  })
})
