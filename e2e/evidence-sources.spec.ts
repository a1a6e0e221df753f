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

test('on the dashboard every chart names the articles it draws from by title, publisher or opening words', async ({
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
})

test('“Download all facts (CSV)” gives every fact, one row each, with articles named by label', async ({ page }) => {
  await openDashboard(page)
  const table = dashboard(page).factsRegion
  const saved = page.waitForEvent('download')
  await table.getByRole('button', { name: 'Download all facts (CSV)' }).click()
  await expect(table.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible()
  const download = await saved
  expect(download.suggestedFilename()).toMatch(/\.csv$/)
  // Its columns and their contents are those of the chart CSVs (src/features/export/chart-csv.test.ts).
  const text = readFileSync((await download.path())!, 'utf8')
  const { data, errors } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
  expect(errors).toEqual([])
  expect(data.map((r) => r.fact_id)).toEqual(facts.map((f) => f.id))
  expect(text).not.toMatch(/Article \d{3}/)
})
