import { expect, test } from '@playwright/test'
import { dashboard, escapeRegExp, expectParam, facts, openDashboard } from './fixtures.ts'

/*
 * A reader searches the facts table in everyday words: "fired" finds the job cuts, best matches first, and
 * says what it read the word as; a column header still sorts them, and the link keeps that order.
 * What each word finds is proven on the dataset in src/features/facts-table/search-facts.test.ts.
 */

const layoffs = facts.filter((f) => f.metric === 'layoffs')

test('“fired” finds the job cuts, best matches first; a column header sorts them and the link keeps it', async ({
  page,
}) => {
  await openDashboard(page)
  const d = dashboard(page)
  const rows = d.factsTable.getByRole('rowheader')
  const value = d.factsTable.getByRole('columnheader', { name: 'Value', exact: true })

  await d.search.fill('fired')
  const status = d.factsRegion.getByRole('status').first()
  await expect(status).toContainText('Matched “fired” as')
  await expect(status).toContainText('Best matches first.')
  // Ranked, not sorted: no column claims the order, and the layoff counts lead.
  await expect(d.factsTable.getByRole('columnheader', { name: 'Period', exact: true })).toHaveAttribute(
    'aria-sort',
    'none',
  )
  await expect(rows.first()).toHaveText(new RegExp(`^(${layoffs.map((f) => escapeRegExp(f.label)).join('|')})$`))
  for (const f of layoffs) await expect(rows.filter({ hasText: f.label }).first()).toBeVisible()

  await value.getByRole('button').click()
  await expect(value).toHaveAttribute('aria-sort', 'ascending')
  await expect(status).not.toContainText('Best matches first.')
  await expectParam(page, 'sort', 'value')
  const sorted = await rows.allTextContents()

  await page.reload()
  await expect(d.search).toHaveValue('fired')
  await expect(value).toHaveAttribute('aria-sort', 'ascending')
  await expect(rows).toHaveText(sorted)
})
