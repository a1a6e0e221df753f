import { expect, test, type Page } from '@playwright/test'
import JSZip from 'jszip'
import Papa from 'papaparse'
import { readFileSync } from 'node:fs'
import { ARTICLE_ID, articles, CHARTS, escapeRegExp, facts, holdBack, open, openDashboard } from './fixtures.ts'

const FILES = ['datapackage.json', 'facts.csv', 'citations.csv', 'articles.csv', 'disagreements.csv', 'claims.csv']

/** Clicks "Download data" in `scope` and opens the zip it saves. */
async function downloadZip(page: Page, scope = page.locator('body')) {
  const saved = page.waitForEvent('download')
  await scope.getByRole('link', { name: /^Download data/ }).click()
  const download = await saved
  expect(download.suggestedFilename()).toMatch(/\.zip$/)
  return JSZip.loadAsync(readFileSync((await download.path())!))
}

/** A file of the zip by its name, whatever folder the zip keeps it in. */
async function entry(zip: JSZip, name: string) {
  const file = zip.file(new RegExp(`(^|/)${name.replace('.', '\\.')}$`))[0]
  expect(file, `${name} in the zip`).toBeDefined()
  return file.async('string')
}

const csvRows = (text: string) => {
  expect(text.startsWith('\ufeff'), 'a byte order mark, for Excel').toBe(true)
  expect(text.replace(/\r\n/g, '').includes('\n'), 'CRLF line ends only').toBe(false)
  const { data, errors } = Papa.parse<Record<string, string>>(text.slice(1), { header: true })
  expect(errors).toEqual([])
  return data
}

test.describe('get the data', () => {
  test('the footer: End brings it on screen for good, How to cite gives a line and BibTeX, and the zip holds the package @subpath', async ({
    page,
  }) => {
    await openDashboard(page)
    const footer = page.getByRole('contentinfo')
    await page.keyboard.press('End')
    // Two frames: what is laid out only once near the viewport has been by then, and the page did not grow.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    await expect(footer.getByRole('link', { name: /^Download data/ })).toBeInViewport()
    await expect(footer.getByText(/^Data updated \d{1,2} \w+ \d{4}$/)).toBeVisible()

    await footer.getByText('How to cite').click()
    const line = footer.getByRole('textbox', { name: 'Citation of the dashboard' })
    await expect(line).toBeVisible()
    await expect(line).toHaveValue(
      /^Cloud market dashboard \(\d{4}\)\. .+ \[dataset\], version [\d.]+, data updated \d{4}-\d{2}-\d{2}\. http/,
    )
    await expect(footer.getByRole('textbox', { name: 'BibTeX for the dashboard' })).toHaveValue(
      /^@misc\{cloudmarketdashboard\d{4},/,
    )
    const { id, title } = CHARTS.at(-1)!
    await footer.getByText(title, { exact: true }).click()
    const chartLine = footer.getByRole('textbox', { name: `Citation of “${title}”` })
    await expect(chartLine).toBeVisible()
    await expect(chartLine).toHaveValue(new RegExp(`“${escapeRegExp(title)}” \\[chart\\].*embed-${id}\\.html$`))

    const zip = await downloadZip(page, footer)
    for (const name of [...FILES, 'README.md']) await entry(zip, name)
    const descriptor = JSON.parse(await entry(zip, 'datapackage.json')) as { resources: { path: string }[] }
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(FILES.filter((f) => f.endsWith('.csv')).sort())
    // Its tables are validated against the Data Package standard in scripts/data-package/validate-package.test.ts.
    const rows = csvRows(await entry(zip, 'facts.csv'))
    expect(rows.map((r) => r.fact_id)).toEqual(facts.map((f) => f.id))
    const labels = articles.map((a) => a.title ?? a.publisher).filter((l): l is string => l !== null)
    for (const row of rows) expect(row.articles).not.toMatch(ARTICLE_ID)
    const named = rows.flatMap((r) => r.articles.split(' | ')).filter(Boolean)
    expect(labels.filter((l) => named.includes(l))).toEqual(labels)
    const readme = await entry(zip, 'README.md')
    for (const heading of [
      '## Files',
      '## Inferred years',
      '## How values are derived',
      '## How to cite',
      '## Licence',
    ])
      expect(readme).toContain(heading)
  })

  // The footer's code arrives after the charts respond: its markup is the built page's until then, and a citation a
  // reader opened meanwhile (the browser opens a <details> by itself) is drawn once it has.
  test('the footer works before its code has arrived, and How to cite opened meanwhile shows its citation', async ({
    page,
  }) => {
    const release = await holdBack(page, /\/assets\/DataFooter-[^/]*\.js$/)
    await openDashboard(page)
    const footer = page.getByRole('contentinfo')
    await expect(footer.getByRole('link', { name: /^Download data/ })).toHaveAttribute('href', /\.zip$/)
    await footer.getByText('How to cite').click()
    const line = footer.getByRole('textbox', { name: 'Citation of the dashboard' })
    await expect(footer.getByRole('group')).toHaveAttribute('open', '')
    // Opened, and empty until the footer's code is here: the citation is drawn by that code.
    await expect(line).toBeHidden()
    release()
    await expect(line).toBeVisible()
    await expect(line).toHaveValue(/^Cloud market dashboard \(\d{4}\)\. /)
  })

  test('on a 320 px phone, the citation and the BibTeX show all their lines', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 })
    await openDashboard(page)
    const footer = page.getByRole('contentinfo')
    await footer.getByText('How to cite').click()
    for (const name of ['Citation of the dashboard', 'BibTeX for the dashboard']) {
      const box = footer.getByRole('textbox', { name })
      await expect(box).toHaveValue(/\S/)
      // Wrapped at this width, the text needs more lines than the box once gave it; none may be scrolled out.
      const hidden = await box.evaluate((e) => e.scrollHeight - e.clientHeight)
      expect(hidden, name).toBeLessThanOrEqual(0)
    }
  })

  // The footer stays where End took it only if nothing above changes the page's height on the way: the facts table,
  // not laid out while off-screen, must keep the height it has in the web font, which arrives after the first paint.
  test('the page is as tall before a scroll to its end as after, when the web font arrives late', async ({ page }) => {
    const release = await holdBack(page, /\.woff2$/)
    await openDashboard(page)
    // Three frames in the fallback font: time enough for a table drawn only as it starts to be skipped since.
    await page.evaluate(
      () =>
        new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))),
    )
    release()
    await expect(page.locator('html')).toHaveClass(/\bweb-font\b/)
    const height = () => page.evaluate(() => document.documentElement.scrollHeight)
    const before = await height()
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }))
    await expect(page.getByRole('contentinfo').getByRole('link', { name: /^Download data/ })).toBeInViewport()
    expect(await height()).toBe(before)
  })

  test('each embed offers the zip and its chart’s citation under its sources', async ({ page }) => {
    const { id, title } = CHARTS[0]
    await open(page, `./embed-${id}.html?view=embed&chart=${id}`)
    const zip = await downloadZip(page)
    for (const name of FILES) await entry(zip, name)
    await page.getByText('How to cite').click()
    await expect(page.getByRole('textbox', { name: new RegExp(`^Citation of “${escapeRegExp(title)}”`) })).toHaveValue(
      new RegExp(`embed-${id}\\.html$`),
    )
  })

  test('every prerendered page describes the data as a schema.org Dataset', async ({ page }) => {
    for (const path of ['./', ...CHARTS.map(({ id }) => `./embed-${id}.html`)]) {
      const response = await page.request.get(path)
      const html = await response.text()
      const json = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)?.[1]
      expect(json, `JSON-LD in ${path}`).toBeDefined()
      const data = JSON.parse(json!) as { '@type': string; distribution: object[]; isBasedOn: { '@type': string }[] }
      expect(data['@type']).toBe('Dataset')
      expect(data.distribution.length).toBeGreaterThan(0)
      expect(data.isBasedOn.map((a) => a['@type'])).toEqual(articles.map(() => 'NewsArticle'))
    }
  })
})
