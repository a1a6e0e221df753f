import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import {
  appReady,
  article,
  articleCount,
  dashboard,
  escapeRegExp,
  fact,
  facts,
  openDashboard,
  valueCitations,
} from './fixtures.ts'

/*
 * A reader with script off (a setting, a strict content blocker, a feed reader, a crawler) gets the built page:
 * the charts, the key figures and every fact with the articles behind it, no control that needs script, one
 * line saying what does, and how to cite the data.
 */

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }

/** The line in the filters' place: what the page shows, and what waits for script. */
const scriptLine = (page: Page) => page.getByText(/^Without JavaScript this page shows all companies and periods/)

/** A page as a reader with script off gets it, in a context of its own. */
async function withoutScript(browser: Browser, baseURL: string | undefined, path: string) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(path)
  return { page, close: () => context.close() }
}

/**
 * A facts table's rows as their cells' first lines (the Articles cell names its articles on the lines below).
 * Scrolled to first: off-screen, the table is not laid out, and its text is not rendered.
 */
const tableRows = async (table: Locator) => {
  await table.scrollIntoViewIfNeeded()
  await expect(table.getByRole('rowheader').first()).toHaveText(/\S/, { useInnerText: true })
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader') })
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText.trim().split('\n')[0])),
    )
}

const keyFigureTexts = (page: Page) =>
  dashboard(page)
    .keyFigures.getByRole('listitem')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).innerText))

// The fact most articles state: its row names the most articles.
const mostStated = facts.reduce((a, b) => (articleCount(b) > articleCount(a) ? b : a))

test.describe('without JavaScript', () => {
  // One page with script and one without, taken through everything a reader without script meets.
  test('the key figures and the facts table are there as the app shows them, with the articles behind each value named; no control that needs script is shown, and one line says what needs it; a link’s filters wait; How to cite opens on the dashboard and in an embed, which is titled for its chart', async ({
    page,
    browser,
    baseURL,
  }) => {
    const controls = (p: Page) =>
      [
        p.getByRole('group', { name: 'Company' }),
        p.getByRole('group', { name: 'Period' }),
        p.getByRole('button', { name: 'Copy link' }),
        p.getByRole('button', { name: 'Present' }),
        dashboard(p).themeToggle,
        p.getByRole('button', { name: /^Embed / }),
        p.getByRole('button', { name: /^Export / }),
        p.getByRole('button', { name: 'Sources', exact: true }),
        dashboard(p).search,
        p.getByText('Select a value to see its sources.'),
      ].map((control) => control.filter({ visible: true }))
    // What the app shows once it runs, to hold the built page to. Each control is on the page then: the names
    // below are the ones it gives them. What stands in for them is not, and the built key figures and facts are
    // replaced, not doubled.
    await openDashboard(page)
    const figures = await keyFigureTexts(page)
    const rows = await tableRows(dashboard(page).factsTable)
    expect(figures.length).toBeGreaterThan(0)
    for (const control of controls(page)) await expect(control.first()).toBeVisible()
    await appReady(page)
    await expect(scriptLine(page)).toHaveCount(0)
    await expect(dashboard(page).keyFigures).toHaveCount(1)
    await expect(dashboard(page).factsRegion).toHaveCount(1)

    const built = await withoutScript(browser, baseURL, './')
    try {
      const { keyFigures, factsHeading, factsTable } = dashboard(built.page)
      await expect(keyFigures).toBeVisible()
      expect(await keyFigureTexts(built.page)).toEqual(figures)
      // Nothing to select: where no click can open its evidence, a card is not a button.
      await expect(keyFigures.getByRole('button')).toHaveCount(0)

      await expect(factsHeading).toHaveText(`All facts (${facts.length})`)
      // The rows the app shows first, in its order, with the same cells.
      expect(await tableRows(factsTable)).toEqual(rows)

      const row = factsTable
        .getByRole('row')
        .filter({ has: built.page.getByRole('rowheader', { name: mostStated.label, exact: true }) })
      const named = row.getByRole('cell').last()
      for (const id of new Set(valueCitations(mostStated).map((c) => c.article))) {
        const { title, description } = article(id)
        await expect(named).toContainText(title ?? description!)
      }
      // A value no article states names its formula instead, and where it lies if those are rounded: 31%, 24% and 11% are
      // printed in whole percent, so the rest is 34% ± 1.5.
      const others = fact('share-others-2023-q4')
      const derived = factsTable
        .getByRole('row')
        .filter({ has: built.page.getByRole('rowheader', { name: others.label, exact: true }) })
      await expect(derived.getByRole('cell').last()).toContainText(
        /100% − .* = 34% \(32\.5% to 35\.5% if its inputs are rounded\)$/,
      )

      await expect(scriptLine(built.page)).toBeVisible()
      await expect(scriptLine(built.page)).toContainText('Copy link, Present, Embed and Export need JavaScript')
      for (const control of controls(built.page)) await expect(control).toHaveCount(0)
      // Nothing is left to press or to Tab to that does nothing: a chart's marks are images named by their values,
      // and a figure in running text is bold, not a button underlined as if a click would open its sources.
      await expect(built.page.getByRole('button').filter({ visible: true })).toHaveCount(0)
      await expect(built.page.getByRole('img', { name: /^AWS: 31%$/ }).first()).toBeVisible()
      const spending = built.page.getByText('$74B', { exact: true }).first()
      await expect(spending).toBeVisible()
      await expect(spending).toHaveCSS('text-decoration-line', 'none')
      // A link works without script, and stays.
      await expect(built.page.getByRole('link', { name: /^Download data/ })).toBeVisible()

      // How to cite opens on the citation and the BibTeX.
      const footer = built.page.getByRole('contentinfo')
      await footer.getByText('How to cite', { exact: true }).click()
      await expect(footer.getByRole('textbox', { name: 'Citation of the dashboard' })).toHaveValue(
        new RegExp(`\\[dataset\\], version ${escapeRegExp(version)}, data updated \\d{4}-\\d{2}-\\d{2}\\.$`),
      )
      await expect(footer.getByRole('textbox', { name: 'BibTeX for the dashboard' })).toHaveValue(/^@misc\{/)
      await expect(footer.getByRole('button', { name: /^Copy/ })).toHaveCount(0)

      // A link with filters: the built page, as the line says, another company than the link's drawn too.
      await built.page.goto(`./?company=${fact('share-azure-2023-q4').company}`)
      await expect(scriptLine(built.page)).toContainText('whatever filters its link asks for')
      await expect(dashboard(built.page).marketShare.getByRole('img', { name: /^AWS: 31%$/ })).toBeVisible()

      // An embed: a tab, a bookmark or a link preview of it names its chart, as a crawler reads it, and so does
      // its citation.
      await built.page.goto('./embed-layoffs.html?view=embed&chart=layoffs')
      const title = await built.page.getByRole('heading').first().innerText()
      await expect(built.page).toHaveTitle(`${title} · Cloud market dashboard`)
      await expect(built.page.locator('meta[property="og:title"]')).toHaveAttribute('content', await built.page.title())
      await built.page.getByText('How to cite', { exact: true }).click()
      await expect(built.page.getByRole('textbox', { name: `Citation of “${title}”` })).toHaveValue(
        new RegExp(`^.+“${escapeRegExp(title)}” \\[chart\\]`),
      )
    } finally {
      await built.close()
    }
  })
})
