import { expect, test } from '@playwright/test'
import Papa from 'papaparse'
import { readFileSync } from 'node:fs'
import {
  ARTICLE_ID,
  article,
  CHARTS,
  chartRegion,
  dashboard,
  drawnBy,
  facts,
  openDashboard,
  valueCitations,
} from './fixtures.ts'

/*
 * Sources named as a reader knows them (title, publisher or opening words), never by the file number an article
 * has in data/sources/raw. How each medium words a source is unit-tested (source-line, article-label, chart-csv);
 * embeds, slides and the SVG export are checked for file numbers in embed.spec, present.spec and export.spec.
 */

test('on the dashboard every chart names the articles it draws from by title, publisher or opening words; “Download all facts (CSV)” gives every fact, one row each, with articles named by label', async ({
  page,
}) => {
  await openDashboard(page)
  for (const { id } of CHARTS) {
    // The card's source is one line; its Sources view, one click away, names every article.
    const region = chartRegion(page, id)
    await expect(region).toContainText('Source: ')
    await region.getByRole('button', { name: 'Sources', exact: true }).click()
    const sources = region.getByRole('region', { name: 'Sources' })
    await expect(sources).toContainText('Reported in')
    const cited = new Set(facts.filter(drawnBy[id]).flatMap((f) => valueCitations(f).map((c) => c.article)))
    expect(cited.size, id).toBeGreaterThan(0)
    for (const a of [...cited].map(article)) {
      await expect(sources, `${id}: ${a.id}`).toContainText(a.title ?? a.description!)
      if (a.publisher) await expect(sources, `${id}: ${a.id}`).toContainText(a.publisher)
    }
  }
  await expect(page.locator('body')).not.toContainText(ARTICLE_ID)

  // “Download all facts (CSV)” gives every fact, one row each, with articles named by label.
  const table = dashboard(page).factsRegion
  const saved = page.waitForEvent('download')
  await table.getByRole('link', { name: 'Download all facts (CSV)' }).click()
  const download = await saved
  expect(download.suggestedFilename()).toMatch(/\.csv$/)
  // It is the data package's facts.csv, whose columns scripts/data-package/ tests.
  const bytes = readFileSync((await download.path())!)
  expect(bytes.equals(await (await page.request.get('data/package/facts.csv')).body())).toBe(true)
  const text = bytes.toString('utf8')
  const { data, errors } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
  expect(errors).toEqual([])
  expect(data.map((r) => r.fact_id)).toEqual(facts.map((f) => f.id))
  expect(text).not.toMatch(ARTICLE_ID)
})
