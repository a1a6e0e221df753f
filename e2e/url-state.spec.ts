import { expect, test, type Page } from '@playwright/test'
import {
  awsShareMark,
  companyName,
  dashboard,
  expectFactCount,
  expectParam,
  fact,
  facts,
  factsWhere,
  marks,
  open,
  openDashboard,
  params,
  quarterLabel,
  quarterOf,
} from './fixtures.ts'

const share = fact('share-aws-2023-q4')
const citation = share.citations[0]
const quarter = quarterOf(share)

const evidenceHeading = (page: Page) => dashboard(page).evidence.getByRole('heading', { level: 2 })
const ignoredNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'Some of this link was ignored' })

/** Filters AWS in the share's quarter, selects the AWS share, opens its article: the view the tests share. */
async function buildView(page: Page) {
  const d = dashboard(page)
  await d.company(companyName('aws')).click()
  await expectParam(page, 'company', 'aws')
  await d.period(quarterLabel(quarter)).click()
  await expectParam(page, 'period', quarter)
  await awsShareMark(page).click()
  await expectParam(page, 'fact', share.id)
  await d.evidence.getByRole('button', { name: 'Read in article' }).click()
  await expectParam(page, 'article', citation.article)
  await expect(page.getByRole('dialog')).toBeVisible()
}

/** The view buildView makes, as a reader sees it. */
async function expectView(page: Page) {
  const d = dashboard(page)
  await expect(d.company(companyName('aws'))).toHaveAttribute('aria-pressed', 'true')
  await expect(d.company(companyName('azure'))).toHaveAttribute('aria-pressed', 'false')
  await expect(d.period(quarterLabel(quarter))).toHaveAttribute('aria-pressed', 'true')
  await expectFactCount(page, factsWhere({ companies: ['aws'], periods: [quarter] }).length)
  await expect(awsShareMark(page)).toHaveAttribute('aria-pressed', 'true')
  await expect(evidenceHeading(page)).toHaveText(share.label)
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(marks(dialog)).toHaveText(citation.quote)
}

test('Back and Forward step through filter changes and selections', async ({ page }) => {
  await openDashboard(page)
  const d = dashboard(page)
  const dialog = page.getByRole('dialog')
  const aws = d.company(companyName('aws'))
  const period = d.period(quarterLabel(quarter))
  await buildView(page)
  await expect(dialog).toBeVisible()

  await page.goBack()
  await expect(dialog).toBeHidden()
  await expectParam(page, 'article', null)
  await expect(evidenceHeading(page)).toHaveText(share.label)

  await page.goBack()
  await expectParam(page, 'fact', null)
  await expect(evidenceHeading(page)).toHaveText('Evidence')
  await expect(awsShareMark(page)).toHaveAttribute('aria-pressed', 'false')
  await expect(period).toHaveAttribute('aria-pressed', 'true')

  await page.goBack()
  await expectParam(page, 'period', null)
  await expect(period).toHaveAttribute('aria-pressed', 'false')
  await expect(aws).toHaveAttribute('aria-pressed', 'true')
  await expectFactCount(page, factsWhere({ companies: ['aws'] }).length)

  await page.goBack()
  await expectParam(page, 'company', null)
  await expect(aws).toHaveAttribute('aria-pressed', 'false')
  await expectFactCount(page, facts.length)

  await page.goForward()
  await expect(aws).toHaveAttribute('aria-pressed', 'true')
  await expectFactCount(page, factsWhere({ companies: ['aws'] }).length)

  await page.goForward()
  await page.goForward()
  await expect(period).toHaveAttribute('aria-pressed', 'true')
  await expect(evidenceHeading(page)).toHaveText(share.label)
  await expect(dialog).toBeHidden()

  await page.goForward()
  await expectView(page)
})

// Opened in a new browser rather than reloaded: the URL alone, with nothing a reload could keep, gives the view.
test('a copied URL opened in a new browser reproduces the filters, the selected fact, the open article and the theme, which the toggle turns off @subpath', async ({
  page,
  browser,
}) => {
  await openDashboard(page)
  await buildView(page)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await dashboard(page).themeToggle.click()
  await expectParam(page, 'theme', 'dark')
  await dashboard(page).evidence.getByRole('button', { name: 'Read in article' }).click()
  await expectView(page)
  await expect.poll(() => params(page).get('article')).not.toBeNull()
  const url = page.url()

  const context = await browser.newContext({ colorScheme: 'light' })
  try {
    const copy = await context.newPage()
    await open(copy, url)
    await expectView(copy)
    await expect(ignoredNotice(copy)).toHaveCount(0)

    // The theme came with the link, whatever the reader's system says; the toggle turns it off, in the URL too.
    await copy.keyboard.press('Escape')
    await expect(copy.getByRole('dialog')).toBeHidden()
    const toggle = dashboard(copy).themeToggle
    const colorScheme = () => copy.evaluate(() => getComputedStyle(document.documentElement).colorScheme)
    const background = () => copy.getByRole('banner').evaluate((el) => getComputedStyle(el).backgroundColor)
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(await colorScheme()).toBe('dark')
    const dark = await background()
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await expect.poll(colorScheme).toBe('light')
    expect(await background()).not.toBe(dark)
    await expect.poll(() => params(copy).get('theme')).not.toBe('dark')
  } finally {
    await context.close()
  }
})

test('a link with garbage parameters, or with things this dataset lacks, still shows the dashboard, applies what is valid and lists the rest', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('dialog', (dialog) => {
    errors.push(`unexpected ${dialog.type()}`)
    void dialog.dismiss()
  })
  // Malformed values, and well-formed ones this dataset lacks (a company, an article): five lines, as many as the
  // notice shows (an invalid theme and an unknown parameter are listed the same way: search-params.test.ts).
  await openDashboard(page, '?company=<script>,ibm,aws&period=Q9&fact=../../etc&article=no-such-article')
  const d = dashboard(page)

  await expect(d.company(companyName('aws'))).toHaveAttribute('aria-pressed', 'true')
  await expectFactCount(page, factsWhere({ companies: ['aws'] }).length)
  for (const p of await d.periodFilter.getByRole('button').all())
    await expect(p).toHaveAttribute('aria-pressed', 'false')
  await expect(evidenceHeading(page)).toHaveText('Evidence')
  await expect(d.themeToggle).toBeVisible()
  await expect(awsShareMark(page)).toBeVisible()

  const notice = ignoredNotice(page)
  await expect(notice).toBeVisible()
  const items = notice.getByRole('listitem')
  const ignored = ['company=<script>', 'company=ibm', 'period=Q9', 'fact=../../etc', 'article=no-such-article']
  for (const part of ignored) await expect(items.filter({ hasText: part })).toHaveCount(1)
  await expect(items).toHaveCount(ignored.length)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(items.filter({ hasText: 'company=aws' })).toHaveCount(0)

  // The page still works: a click selects a fact.
  await awsShareMark(page).click()
  await expect(evidenceHeading(page)).toHaveText(share.label)
  expect(errors).toEqual([])
})
