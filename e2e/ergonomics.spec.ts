import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  awsShareMark,
  companyName,
  dashboard,
  expectParam,
  fact,
  facts,
  mark,
  openDashboard,
  params,
  tabTo,
  type YamlFact,
} from './fixtures.ts'

/*
 * A reader's ergonomics: skip links and focus that follows the reader, the
 * phone sheet as a modal dialog, menus that behave like menus, a search that
 * matches what the rows show, and notices that stay small and go away.
 */

const share = fact('share-aws-2023-q4')
const azureShare = fact('share-azure-2023-q4')

const evidenceHeading = (page: Page) => dashboard(page).evidence.getByRole('heading', { level: 2 })
/** The evidence as a bottom sheet (narrow screens): a modal dialog named for its fact. */
const evidenceSheet = (page: Page) => page.getByRole('dialog', { name: /^Evidence/ })
const exportButton = (chart: Locator) => chart.getByRole('button', { name: /^Export/ })
const ignoredNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'Some of this link was ignored' })

/** Whether the focus is on `target` or inside it. */
const hasFocus = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))

test.describe('focus that follows the reader', () => {
  test('the first Tab stops are the skip links, and each moves the focus where it says', async ({ page }) => {
    await openDashboard(page)
    const toCharts = page.getByRole('link', { name: 'Skip to charts' })
    const toEvidence = page.getByRole('link', { name: 'Skip to evidence' })

    await page.keyboard.press('Tab')
    await expect(toCharts).toBeFocused()
    await expect(toCharts).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toBeFocused()
    // Past the header and the filters: the next Tab lands in the first chart.
    await page.keyboard.press('Tab')
    expect(await hasFocus(dashboard(page).marketShare)).toBe(true)

    await page.reload()
    await expect(dashboard(page).factsHeading).toBeVisible()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(toEvidence).toBeFocused()
    await expect(toEvidence).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(evidenceHeading(page)).toBeFocused()
    // The URL carries the view, not a #fragment.
    expect(new URL(page.url()).hash).toBe('')
  })

  test('after a mark is selected, one Tab reaches “Show evidence”, and Enter moves to the evidence', async ({
    page,
  }) => {
    await openDashboard(page)
    const aws = awsShareMark(page)
    await tabTo(page, aws)
    await page.keyboard.press('Enter')
    await expect(aws).toHaveAttribute('aria-pressed', 'true')
    await expect(aws).toBeFocused()

    const show = dashboard(page).marketShare.getByRole('button', { name: /^Show evidence/ })
    await page.keyboard.press('Tab')
    await expect(show).toBeFocused()
    await expect(show).toBeVisible()
    await expect(show).toHaveAccessibleName(`Show evidence for ${share.label}`)
    await page.keyboard.press('Enter')
    await expect(evidenceHeading(page)).toBeFocused()
    await expect(evidenceHeading(page)).toHaveText(share.label)
  })

  test('“Show evidence” sits between the selected mark and the next one in Tab order', async ({ page }) => {
    await openDashboard(page)
    const aws = awsShareMark(page)
    const azure = mark(dashboard(page).marketShare, `${companyName(azureShare.company)}:`)
    const show = dashboard(page).marketShare.getByRole('button', { name: /^Show evidence/ })
    await tabTo(page, aws)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(show).toBeFocused()
    // Then AWS's change in words, drawn under its bar, then the next company's share.
    const awsChange = dashboard(page).marketShare.getByRole('button', { name: /^AWS, change: / })
    await page.keyboard.press('Tab')
    await expect(awsChange).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(azure).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(awsChange).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(show).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(aws).toBeFocused()
  })

  test('closing the evidence panel gives the focus back to the mark that opened it', async ({ page }) => {
    await openDashboard(page)
    const aws = awsShareMark(page)
    await tabTo(page, aws)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(evidenceHeading(page)).toBeFocused()

    // Close, from the keyboard.
    await page.keyboard.press('Tab')
    const close = dashboard(page).evidence.getByRole('button', { name: 'Close evidence' })
    await expect(close).toBeFocused()
    await page.keyboard.press('Enter')
    await expectParam(page, 'fact', null)
    await expect(aws).toBeFocused()
    await expect(aws).toHaveAttribute('aria-pressed', 'false')

    // Escape inside the panel closes it the same way.
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(evidenceHeading(page)).toBeFocused()
    await page.keyboard.press('Escape')
    await expectParam(page, 'fact', null)
    await expect(aws).toBeFocused()
  })

  test('a fact chosen inside the panel moves the focus to its heading', async ({ page }) => {
    const others = fact('share-others-2023-q4')
    await openDashboard(page, `?fact=${others.id}`)
    const d = dashboard(page)
    const input = d.evidence.getByRole('button', { name: new RegExp(`^${share.label}`) })
    await input.focus()
    await page.keyboard.press('Enter')
    await expectParam(page, 'fact', share.id)
    await expect(evidenceHeading(page)).toHaveText(share.label)
    await expect(evidenceHeading(page)).toBeFocused()
  })
})

/** Presses Tab (or Shift+Tab) `times` times and checks after each press that the focus stayed in `scope`. */
async function expectTabStaysIn(page: Page, scope: Locator, times: number, key = 'Tab') {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key)
    expect(await hasFocus(scope), `${key} press ${i + 1}`).toBe(true)
  }
}

for (const screen of [
  { name: 'on a 375 px phone', use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true } },
  // 200 % zoom on a 1280 × 800 laptop: the page lays out for 640 × 400 CSS pixels.
  { name: 'at 200 % zoom', use: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 } },
]) {
  test.describe(`the evidence sheet ${screen.name}`, () => {
    test.use(screen.use)

    test('is a modal dialog that takes the focus, keeps it, and closes with Escape back to the mark', async ({
      page,
    }) => {
      await openDashboard(page)
      const aws = awsShareMark(page)
      await aws.focus()
      await page.keyboard.press('Enter')

      const sheet = evidenceSheet(page)
      await expect(sheet).toBeVisible()
      await expect(sheet).toHaveAccessibleName(`Evidence: ${share.label}`)
      await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(share.label)
      expect(await hasFocus(sheet)).toBe(true)
      // Opened as a modal dialog: the browser makes the page behind it inert.
      expect(await sheet.evaluate((el) => el.matches(':modal'))).toBe(true)

      const stops = await sheet.locator('button, a[href]').count()
      await expectTabStaysIn(page, sheet, stops + 2)
      await expectTabStaysIn(page, sheet, stops + 2, 'Shift+Tab')

      await page.keyboard.press('Escape')
      await expect(sheet).toBeHidden()
      await expectParam(page, 'fact', null)
      await expect(aws).toBeFocused()
    })

    test('closes with a tap on the dimmed page above it', async ({ page }) => {
      await openDashboard(page)
      await awsShareMark(page).click()
      const sheet = evidenceSheet(page)
      await expect(sheet).toBeVisible()
      const box = (await sheet.boundingBox())!
      expect(box.y).toBeGreaterThan(20)
      // The page behind does not take the click: the backdrop does, and closes the sheet.
      await page.mouse.click(box.x + box.width / 2, box.y / 2)
      await expect(sheet).toBeHidden()
      await expectParam(page, 'fact', null)
    })
  })
}

test.describe('Export menus', () => {
  test('open on the first item; arrows, Home and End move; Escape closes back to the button', async ({ page }) => {
    await openDashboard(page)
    const button = exportButton(dashboard(page).marketShare)
    await tabTo(page, button)
    await page.keyboard.press('Enter')
    const menu = page.getByRole('menu')
    await expect(menu).toBeVisible()
    await expect(button).toHaveAttribute('aria-expanded', 'true')
    const items = menu.getByRole('menuitem')
    const count = await items.count()
    expect(count).toBeGreaterThan(2)
    await expect(items.first()).toBeFocused()

    await page.keyboard.press('ArrowDown')
    await expect(items.nth(1)).toBeFocused()
    await page.keyboard.press('End')
    await expect(items.last()).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(items.first()).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await expect(items.last()).toBeFocused()
    await page.keyboard.press('Home')
    await expect(items.first()).toBeFocused()

    await page.keyboard.press('Escape')
    await expect(menu).toHaveCount(0)
    await expect(button).toBeFocused()
    await expect(button).toHaveAttribute('aria-expanded', 'false')

    // ↑ on the button opens the menu on its last item.
    await page.keyboard.press('ArrowUp')
    await expect(items.last()).toBeFocused()
  })

  test('a click outside closes the menu, and opening a second one closes the first', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    const menu = page.getByRole('menu')

    await exportButton(d.marketShare).click()
    await expect(menu).toBeVisible()
    await page.getByRole('heading', { name: 'Cloud market dashboard' }).click()
    await expect(menu).toHaveCount(0)

    await exportButton(d.marketShare).click()
    await expect(menu).toHaveCount(1)
    await exportButton(d.awsResults).click()
    await expect(menu).toHaveCount(1)
    await expect(exportButton(d.marketShare)).toHaveAttribute('aria-expanded', 'false')
    await expect(exportButton(d.awsResults)).toHaveAttribute('aria-expanded', 'true')
    await expect(d.awsResults.getByRole('menu')).toBeVisible()
  })
})

test.describe('facts table search', () => {
  /** Every fact dated in a way `dated` accepts has its row; none is missing. */
  async function expectRows(page: Page, query: string, dated: (f: YamlFact) => boolean) {
    const d = dashboard(page)
    await d.search.fill(query)
    const expected = facts.filter(dated)
    expect(expected.length, `facts the query “${query}” must find`).toBeGreaterThan(0)
    // Facts can share a label (the change in operating profit in Q3 and in Q4): count rows per label.
    for (const label of new Set(expected.map((f) => f.label))) {
      const rows = d.factsTable.getByRole('rowheader', { name: label, exact: true })
      const count = expected.filter((f) => f.label === label).length
      await expect.poll(() => rows.count(), label).toBeGreaterThanOrEqual(count)
    }
    await expect(d.factsHeading).not.toHaveText(`All facts (${facts.length})`)
  }

  test('“2023”, “q4”, “Q4”, “Dec”, “April” and “prior” find the rows whose period reads so', async ({ page }) => {
    await openDashboard(page)
    const month = (f: YamlFact, m: string) => new RegExp(`^\\d{4}-${m}`).test(f.period.value ?? '')
    await expectRows(page, '2023', (f) => f.period.value?.startsWith('2023') ?? false)
    await expectRows(
      page,
      'q4',
      (f) => /-Q4$/.test(f.period.value ?? '') || ['10', '11', '12'].some((m) => month(f, m)),
    )
    await expectRows(page, 'Q4', (f) => /-Q4$/.test(f.period.value ?? ''))
    await expectRows(page, 'Dec', (f) => month(f, '12'))
    await expectRows(page, 'April', (f) => month(f, '04'))
    await expectRows(page, 'prior', (f) => f.period.words?.includes('prior') ?? false)
  })

  test('search and sort are in the URL: a reload keeps them', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    await d.search.fill('april')
    await expectParam(page, 'q', 'april')
    const value = d.factsTable.getByRole('columnheader', { name: 'Value', exact: true })
    await value.getByRole('button').click()
    await value.getByRole('button').click()
    await expect(value).toHaveAttribute('aria-sort', 'descending')
    await expectParam(page, 'sort', '-value')
    const rows = await d.factsTable.getByRole('rowheader').allTextContents()

    await page.reload()
    await expect(d.search).toHaveValue('april')
    await expect(value).toHaveAttribute('aria-sort', 'descending')
    await expect(d.factsTable.getByRole('rowheader')).toHaveText(rows)

    await d.search.fill('')
    await expectParam(page, 'q', null)
  })

  test('when no row is left, the message says whether the filters or the search left it out', async ({ page }) => {
    await openDashboard(page, '?company=azure')
    const d = dashboard(page)
    const status = d.factsRegion.getByRole('status').filter({ hasText: 'No facts match' })
    const layoffs = facts.filter((f) => f.metric === 'layoffs')
    expect(layoffs.some((f) => f.company === 'azure')).toBe(false)

    await d.search.fill('layoffs')
    await expect(status).toContainText('No facts match “layoffs” under the current filters;')
    await expect(status).toContainText('without them')

    await d.search.fill('zzzz-no-such-fact')
    await expect(status).toHaveText('No facts match “zzzz-no-such-fact”, with or without the filters.')
  })
})

test.describe('the ignored-parameters notice', () => {
  // Short values: the preview server, like most, refuses a request line over 16 kB.
  const junk = Array.from({ length: 2000 }, (_, i) => `x${i}`)

  test('2,000 junk values make a short notice that shows a few and counts the rest', async ({ page }) => {
    await openDashboard(page, `?company=${junk.join(',')}`)
    const notice = ignoredNotice(page)
    await expect(notice).toBeVisible()
    // One line for the parameter, with its first values and how many more.
    const items = notice.getByRole('listitem')
    await expect(items).toHaveCount(1)
    await expect(items).toContainText(
      `company=x0, x1, x2 and ${(junk.length - 3).toLocaleString('en-US')} more: not in this dataset`,
    )
    await expect(notice).toContainText('next change')
    expect((await notice.boundingBox())!.height).toBeLessThan(200)

    await notice.getByRole('button', { name: 'Dismiss notice' }).click()
    await expect(notice).toHaveCount(0)
  })

  test('after a filter click the URL no longer carries the junk, and the notice goes', async ({ page }) => {
    await openDashboard(page, `?company=aws,${junk.slice(0, 50).join(',')}&utm_source=mail&theme=purple&slide=99`)
    const d = dashboard(page)
    await expect(ignoredNotice(page)).toBeVisible()
    await expect(d.company(companyName('aws'))).toHaveAttribute('aria-pressed', 'true')

    await d.company(companyName('azure')).click()
    await expectParam(page, 'company', 'aws,azure')
    expect([...params(page).keys()]).toEqual(['company'])
    await expect(ignoredNotice(page)).toHaveCount(0)
  })

  test('a slide past the last one is reported; a period key in lower case applies', async ({ page }) => {
    await openDashboard(page, '?slide=99&period=2023-q4')
    const items = ignoredNotice(page).getByRole('listitem')
    await expect(items).toHaveCount(1)
    await expect(items).toContainText('slide=99')
    await expect(items).toContainText('no such slide')
    await expect(dashboard(page).period('Q4 2023')).toHaveAttribute('aria-pressed', 'true')
  })

  test('a theme change also drops what the dataset does not have', async ({ page }) => {
    await openDashboard(page, '?fact=no-such-fact&foo=bar')
    await expect(ignoredNotice(page)).toBeVisible()
    await dashboard(page).themeToggle.click()
    await expectParam(page, 'theme', 'dark')
    expect([...params(page).keys()]).toEqual(['theme'])
    await expect(ignoredNotice(page)).toHaveCount(0)
  })
})
