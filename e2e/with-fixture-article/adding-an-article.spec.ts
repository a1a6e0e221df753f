import { expect, test } from '@playwright/test'
import { dashboard, expectFactCount, openDashboard } from '../fixtures.ts'
import { fixtureDataset } from './dataset.ts'

/*
 * Run against a build of the data with the fixture article added (scripts/build-fixture-article.sh): what an
 * analyst sees once the next quarter's article is in. Everything expected is read from that data folder.
 */
const { articles, companies, facts } = fixtureDataset
const added = articles.at(-1)!
const addedFacts = facts.filter((f) => f.citations.some((c) => c.article === added.id))

test('an added article’s facts, its new company and its differing figure reach the dashboard', async ({ page }) => {
  expect(addedFacts.length).toBeGreaterThan(0)
  await openDashboard(page)
  const d = dashboard(page)
  await expectFactCount(page, facts.length, facts.length)
  for (const company of companies) await expect(d.company(company.name)).toBeVisible()

  // Its facts are in the table, found by the source the article names.
  const source = addedFacts[0].source
  await d.search.fill(source)
  for (const f of addedFacts.filter((f) => f.source === source))
    await expect(d.factsTable.getByRole('rowheader', { name: f.label }).first()).toBeVisible()

  // A figure it gives differently from an earlier article is shown as a disagreement, both versions kept.
  const differing = addedFacts.find((f) =>
    facts.some((g) => g !== f && g.metric === f.metric && g.company === f.company && g.period.value === f.period.value),
  )!
  await d.factsTable.getByRole('button', { name: differing.label }).first().click()
  await expect(d.evidence.getByText(/differ/i).first()).toBeVisible()
  await expect(d.evidence).toContainText(source)
})
