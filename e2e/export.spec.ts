import { expect, test, type Page } from '@playwright/test'
import Papa from 'papaparse'
import { ARTICLE_ID, chart, chartsLaidOut, drawnBy, fact, facts, openDashboard, shownValue } from './fixtures.ts'
import { exportChart, read } from './export-menu.ts'
import { pngSize, readPng } from './png.ts'

/*
 * What each export button gives a reader: files named for what they hold, not blank, that open where they are
 * taken. Their contents are built by pure functions with unit tests beside them (chart-png, chart-csv, file-names,
 * the pptx folder); the deck is in pptx.spec.ts.
 */

const distinctColours = async (page: Page, png: Buffer) => (await readPng(page, png)).distinct

const share = fact('share-aws-2023-q4')
const shares = facts.filter(drawnBy['market-share']).filter((f) => f.metric === 'market_share')
const changes = facts.filter(drawnBy['market-share']).filter((f) => f.metric === 'trend')
const { title: shareTitle, fileStem: shareStem } = chart('market-share')

test.describe('export', () => {
  test.beforeEach(async ({ page }) => {
    await openDashboard(page)
  })

  test('PNG for slides is 1920×1080, PNG at 2× twice the chart on screen, each named for what it holds and not blank; CSV parses back to the chart’s facts, one row per value, with quotes and sources', async ({
    page,
  }) => {
    const slide = await exportChart(page, shareTitle, 'PNG for slides')
    expect(slide.suggestedFilename()).toMatch(new RegExp(`^${shareStem}(-[\\w-]+)?-slide\\.png$`))
    const png = await read(slide)
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 })
    expect(await distinctColours(page, png)).toBeGreaterThan(20)
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(slide.suggestedFilename())

    const { title } = chart('aws-results')
    const region = page.getByRole('region', { name: title })
    // The chart as the app lays it out for its box (the built page carries a drawing per card width).
    await chartsLaidOut(page)
    const shown = (await region.locator('svg[data-chart]').boundingBox())!
    const double = await read(await exportChart(page, title, 'PNG, 2×'))
    const { width, height } = pngSize(double)
    // Title and source line are added around the drawing, so the image is at least 2× the chart.
    expect(width).toBeGreaterThanOrEqual(Math.floor(shown.width * 2))
    expect(height).toBeGreaterThan(Math.floor(shown.height * 2))
    expect(await distinctColours(page, double)).toBeGreaterThan(10)

    // The data behind a chart, as a CSV that parses back to its facts.
    {
      const { title, fileStem } = chart('layoffs')
      const download = await exportChart(page, title, 'CSV data')
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${fileStem}.*\\.csv$`))
      const { data, errors } = Papa.parse<Record<string, string>>((await read(download)).toString('utf8'), {
        header: true,
        skipEmptyLines: true,
      })
      expect(errors).toEqual([])
      const layoffs = facts.filter(drawnBy.layoffs)
      expect(data.map((r) => r.label).sort()).toEqual(layoffs.map((f) => f.label).sort())
      const vague = layoffs.find((f) => f.value.kind === 'vague')!
      const vagueRow = data.find((r) => r.fact_id === vague.id)!
      expect(vagueRow).toMatchObject({ vague: 'true', value: '' })
      expect(vagueRow.value_quotes).toContain((vague.value.words as string[])[0])
      // No wave is derived: the total of two waves is a row of its own, with the note that the articles do not
      // say whether the wave of Jassy's email is one of them.
      expect(data.filter((r) => r.derived === 'true')).toEqual([])
      const total = fact('layoffs-amazon-two-waves')
      const totalRow = data.find((r) => r.fact_id === total.id)!
      expect(totalRow.value).toBe(String(total.value.amount))
      expect(totalRow.note).toContain(`do not say whether the ${shownValue(fact('layoffs-2023-03'))}`)
    }
  })

  test('SVG parses, carries the title, values, directions and source, names articles by label, and opens from disk @subpath', async ({
    page,
    context,
  }) => {
    const download = await exportChart(page, shareTitle, 'SVG')
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${shareStem}(-[\\w-]+)?\\.svg$`))
    const svg = (await read(download)).toString('utf8')
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      return {
        root: doc.documentElement.nodeName,
        errors: doc.getElementsByTagName('parsererror').length,
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        desc: doc.querySelector('desc')?.textContent ?? '',
        triangles: doc.querySelectorAll('polygon').length,
        classes: doc.querySelectorAll('[class]').length,
        vars: text.includes('var(--'),
      }
    }, svg)
    expect(parsed).toMatchObject({ root: 'svg', errors: 0, classes: 0, vars: false })
    for (const f of shares) expect(parsed.text).toContain(shownValue(f))
    expect(parsed.text).toContain(shareTitle)
    expect(parsed.text).toContain(share.source)
    expect(svg).not.toMatch(ARTICLE_ID)
    // Which company grew faster: each change drawn as a triangle with the articles' words beside it (wrapped where
    // long), and whole in the description, which also says no rate is given.
    expect(parsed.triangles).toBeGreaterThanOrEqual(changes.length)
    for (const f of changes) {
      expect(parsed.text).toContain(f.value.claim!.split(' ')[0])
      expect(parsed.desc.toLowerCase()).toContain(f.value.claim!.toLowerCase())
    }
    expect(parsed.desc).toContain('The articles give no rate.')

    const fromDisk = await context.newPage()
    // Saved under its own name: the download's temporary file has no extension, and would open as plain text.
    const file = test.info().outputPath(download.suggestedFilename())
    await download.saveAs(file)
    await fromDisk.goto(`file://${file}`)
    await expect(fromDisk.getByText(shownValue(share), { exact: true })).toBeVisible()
    // Drawn in the font its text was measured against, which the file carries: not the opener's fonts.
    const drawnIn = await fromDisk.evaluate(async () => {
      await document.fonts.ready
      await document.fonts.ready
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight}`)
    })
    expect(drawnIn.map((f) => f.replace(/"/g, '')).sort()).toEqual(['Inter 400', 'Inter 700'])
  })
})
