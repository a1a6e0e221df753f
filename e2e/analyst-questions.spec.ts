import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { companyName, dashboard, fact, factsWhere, openDashboard, quarterLabel, quarterOf } from './fixtures.ts'

/*
 * "Which company grew faster?" answered on the share chart in every medium, in the articles' words;
 * search by words; filters that count and guide; a facts table that fits a phone.
 */

const CHANGES = ['share-aws-change-2023-q4', 'share-azure-change-2023-q4', 'share-google-cloud-change-2023-q4']
const claimOf = (id: string) => fact(id).value.claim!
/** A change's mark: "Microsoft Azure, change: Rose, …". */
const changeMark = (page: Page, id: string) =>
  page.getByRole('button', { name: new RegExp(`^${companyName(fact(id).company)}, change: ${claimOf(id)}`) })

test.describe('direction beside level', () => {
  test('the share chart says who grew faster, in the articles’ words, and each opens its quote', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    for (const id of CHANGES) await expect(changeMark(page, id)).toBeVisible()
    await expect(d.marketShare.getByText('Rose, growing faster than AWS').first()).toBeVisible()
    // The summary sentence screen readers hear says it too, and that no rate is given.
    await expect(
      d.marketShare.getByText(/In the articles’ words, AWS fell .*The articles give no growth rates\./),
    ).toBeAttached()

    // A click on the words selects, as on any mark.
    await changeMark(page, 'share-azure-change-2023-q4').getByText(/^Rose/).click()
    await expect(d.evidence.getByRole('heading', { name: fact('share-azure-change-2023-q4').label })).toBeVisible()
    await expect(d.evidence.getByRole('blockquote').first()).toContainText('faster growth rates')
    // From the change to its level and back.
    const level = fact('share-azure-2023-q4')
    await d.evidence.getByRole('button', { name: new RegExp(`^${level.label}, 24%`) }).click()
    await expect(d.evidence.getByRole('heading', { name: level.label })).toBeVisible()
    await d.evidence.getByRole('button', { name: 'Rose, growing faster than AWS' }).click()
    await expect(d.evidence.getByRole('heading', { name: fact('share-azure-change-2023-q4').label })).toBeVisible()
  })

  test('an embed of the share chart shows the directions and opens their quote', async ({ page }) => {
    await page.goto('./?view=embed&chart=market-share')
    const aws = changeMark(page, 'share-aws-change-2023-q4')
    await expect(aws.getByText('Fell', { exact: true })).toBeVisible()
    await aws.getByText('Fell', { exact: true }).click()
    await expect(page.getByRole('region', { name: /^Evidence:/ }).getByRole('blockquote')).toContainText('dipped')
  })

  test('a slide of the share chart shows the directions and opens their quote', async ({ page }) => {
    await page.goto('./?view=present&slide=1')
    await expect(page.getByText(/^Slide 1 of \d+/)).toBeVisible()
    await expect(page.getByText('Rose, growing faster than AWS').first()).toBeVisible()
    await changeMark(page, 'share-google-cloud-change-2023-q4').getByText(/^Rose/).click()
    await expect(page.getByRole('blockquote')).toContainText('faster growth rates')
  })

  test('the SVG export (which the PNGs rasterise) carries the directions, drawn from the definition', async ({
    page,
  }) => {
    await openDashboard(page)
    const chart = dashboard(page).marketShare
    await chart.getByRole('button', { name: /^Export/ }).click()
    const svgDownload = page.waitForEvent('download')
    await page.getByRole('menuitem', { name: /^SVG/ }).click()
    const svg = readFileSync((await (await svgDownload).path())!, 'utf8')
    // Drawn as text beside each triangle (wrapped where long), and whole in the description.
    expect(svg).toMatch(/<text[^>]*>Fell<\/text>/)
    expect(svg).toMatch(/<text[^>]*>Rose, growing faster[^<]*<\/text>/)
    const desc = svg.match(/<desc[^>]*>(.*?)<\/desc>/s)![1]
    expect(desc).toContain('Microsoft Azure and Google Cloud rose, growing faster than AWS')
    expect(desc).toContain('The articles give no growth rates.')
    expect(svg).toContain('Triangle: direction in the articles’ words')
    // Three triangles, one per change.
    expect(svg.match(/<polygon/g)?.length).toBeGreaterThanOrEqual(3)
  })
})

test.describe('search by words', () => {
  for (const query of ['grew', 'Azure growth', 'fastest', 'increase']) {
    test(`“${query}” finds the changes in share and says what it matched`, async ({ page }) => {
      await openDashboard(page, `?q=${encodeURIComponent(query)}`)
      const d = dashboard(page)
      const expected = query.startsWith('Azure') ? CHANGES.slice(1, 2) : CHANGES.slice(1)
      for (const id of expected) {
        await expect(d.factsTable.getByRole('rowheader', { name: fact(id).label, exact: true })).toBeVisible()
      }
      await expect(d.factsRegion.getByRole('status').first()).toContainText('Matched')
    })
  }
})

test.describe('filters that guide', () => {
  const combos = [
    { companies: [], periods: [] },
    { companies: ['aws'], periods: [] },
    { companies: ['azure'], periods: [quarterOf(fact('share-azure-2023-q4'))] },
  ]
  for (const combo of combos) {
    test(`chips count the facts they stand for under ${JSON.stringify(combo)}`, async ({ page }) => {
      const query = [
        combo.companies.length ? `company=${combo.companies.join(',')}` : '',
        combo.periods.length ? `period=${combo.periods.join(',')}` : '',
      ].filter(Boolean)
      await openDashboard(page, query.length ? `?${query.join('&')}` : '')
      const d = dashboard(page)
      for (const company of ['aws', 'azure', 'amazon']) {
        const n = factsWhere({ companies: [company], periods: combo.periods }).length
        await expect(
          d.companyFilter.getByRole('button', { name: `${companyName(company)} ${n} ${n === 1 ? 'fact' : 'facts'}` }),
        ).toBeVisible()
      }
      for (const period of ['2023-Q4', '2024-Q1', '2024-Q2']) {
        const n = factsWhere({ companies: combo.companies, periods: [period] }).length
        await expect(
          d.periodFilter.getByRole('button', { name: `${quarterLabel(period)} ${n} ${n === 1 ? 'fact' : 'facts'}` }),
        ).toBeVisible()
      }
    })
  }

  test('Microsoft Azure in Q1 2024 says which filter emptied the page and offers ways back', async ({ page }) => {
    expect(factsWhere({ companies: ['azure'], periods: ['2024-Q1'] })).toHaveLength(0)
    await openDashboard(page, '?company=azure&period=2024-Q1')
    const guidance = page.getByRole('region', { name: 'Nothing matches these filters' })
    await expect(guidance).toContainText(`No facts for Microsoft Azure in ${quarterLabel('2024-Q1')}.`)
    const d = dashboard(page)

    await guidance.getByRole('button', { name: /^Nearest period with facts for Microsoft Azure: Q4 2023/ }).click()
    await expect(guidance).toHaveCount(0)
    await expect(d.factsHeading).toHaveText(
      `All facts (${factsWhere({ companies: ['azure'], periods: ['2023-Q4'] }).length})`,
    )

    await page.goBack()
    await page.getByRole('button', { name: /^Clear period: every period for Microsoft Azure/ }).click()
    await expect(d.factsHeading).toHaveText(`All facts (${factsWhere({ companies: ['azure'] }).length})`)

    await page.goBack()
    await page.getByRole('button', { name: /^Clear company: all companies in Q1 2024/ }).click()
    await expect(d.factsHeading).toHaveText(`All facts (${factsWhere({ periods: ['2024-Q1'] }).length})`)
  })
})

test.describe('screen readers', () => {
  test('a derived mark’s data-table row reads its formula in words, with no fact ids', async ({ page }) => {
    await openDashboard(page)
    const others = fact('share-others-2023-q4')
    const row = dashboard(page).marketShare.getByRole('row', {
      name: new RegExp(`^${others.label.replace(/[()’']/g, '.')}`),
    })
    const name = await row.evaluate((el) => el.textContent ?? '')
    await expect(row).toHaveAccessibleName(/derived: 100% − AWS share of cloud infrastructure market \(31%\)/)
    expect(name).not.toMatch(/[{}]/)
  })

  test('the facts table can be skipped, and says how many rows it has', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    const skip = d.factsRegion.getByRole('link', { name: /^Skip the table \(\d+ rows\)$/ })
    await skip.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByText('End of the facts table')).toBeFocused()
    await expect(d.factsTable).toHaveAccessibleName(/^All facts: \d+ rows/)
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } })

  test('the facts table is cards with all five fields and no sideways scroll', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    await d.factsRegion.scrollIntoViewIfNeeded()
    const overflow = await d.factsRegion.evaluate((el) => {
      const wrapper = el.querySelector('table')!.parentElement!
      return {
        region: [el.scrollWidth, el.clientWidth],
        wrapper: [wrapper.scrollWidth, wrapper.clientWidth],
        page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
      }
    })
    expect(overflow.region[0]).toBe(overflow.region[1])
    expect(overflow.wrapper[0]).toBe(overflow.wrapper[1])
    expect(overflow.page[0]).toBe(overflow.page[1])
    const card = d.factsTable.locator('tbody tr').first()
    const first = factsWhere({}).length
    expect(first).toBeGreaterThan(0)
    for (const field of ['Value', 'Period', 'Company', 'Articles'])
      await expect(card.getByText(field, { exact: true })).toBeVisible()
    await expect(card.getByRole('button')).toBeVisible()
    // Every card's five fields sit inside the card's width.
    const widths = await d.factsTable
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.scrollWidth, r.clientWidth]))
    for (const [scroll, client] of widths) expect(scroll).toBeLessThanOrEqual(client)
  })
})
