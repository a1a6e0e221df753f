import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  article,
  articleCount,
  articleLines,
  articles,
  awsShareMark,
  companyName,
  dashboard,
  escapeRegExp,
  expandQuotes,
  expectFactCount,
  expectParam,
  fact,
  facts,
  factsWhere,
  formulaInputs,
  layoffMark,
  mark,
  marks,
  openDashboard,
  statedBy,
  valueCitations,
  params,
  quarterLabel,
  quarterOf,
  tabTo,
  type YamlFact,
  markedQuarter,
} from './fixtures.ts'

const shareFacts = facts.filter((f) => f.metric === 'market_share')
const layoffFacts = facts.filter((f) => f.metric === 'layoffs')
const number = (n: number) => n.toLocaleString('en-US')

/** The market-share mark of a company, "Microsoft Azure: 24%…". */
const shareMark = (page: Page, f: YamlFact) => mark(dashboard(page).marketShare, `${companyName(f.company)}:`)

/** A layoff fact is drawn as a mark ("label, period: …") or stated beside the chart ("label: 27,000…"). */
const layoffFigure = (page: Page, f: YamlFact) =>
  dashboard(page).layoffs.getByRole('button', { name: new RegExp(`^${escapeRegExp(f.label)}[,:]`) })

/** A key-figure card: a button named by its fact's label, then its value. */
const keyFigure = (page: Page, f: YamlFact) =>
  dashboard(page).keyFigures.getByRole('button', { name: new RegExp(`^${escapeRegExp(f.label)} `) })

/** The facts that have a key-figure card on the page now. */
async function factsWithKeyFigures(page: Page) {
  const shown: YamlFact[] = []
  for (const f of facts) if ((await keyFigure(page, f).count()) > 0) shown.push(f)
  return shown
}

const evidenceHeading = (page: Page) => dashboard(page).evidence.getByRole('heading', { level: 2 })
const hiddenNotice = (page: Page) =>
  dashboard(page).evidence.getByRole('status').filter({ hasText: 'The selected fact is hidden by the current filters' })

/** A chart that says why it draws nothing, and draws nothing. */
async function expectEmptyChart(chart: Locator, message: string) {
  await expect(chart.getByRole('status').filter({ hasText: message })).toBeVisible()
  await expect(chart.getByRole('figure')).toHaveCount(0)
  await expect(chart.getByRole('img')).toHaveCount(0)
  await expect(chart.getByRole('button', { name: /Show sources$/ })).toHaveCount(0)
}

/** Selects the AWS market share, then opens its quote in the full article. */
async function openAwsShareArticle(page: Page) {
  await openDashboard(page)
  await awsShareMark(page).click()
  const readButton = dashboard(page).evidence.getByRole('button', { name: 'Read in article' })
  await readButton.click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  return { dialog, readButton }
}

test.describe('filters', () => {
  test('the Company filter narrows the charts, key figures, facts table and evidence', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    await expectFactCount(page, facts.length)
    const figures = await factsWithKeyFigures(page)
    // The filter must remove some cards and keep others for this test to mean anything.
    expect(figures.some((f) => f.company === 'aws') && figures.some((f) => f.company !== 'aws')).toBe(true)

    const azure = shareFacts.find((f) => f.company === 'azure')!
    await shareMark(page, azure).click()
    await expect(evidenceHeading(page)).toHaveText(azure.label)

    await d.company(companyName('aws')).click()
    await expect(d.company(companyName('aws'))).toHaveAttribute('aria-pressed', 'true')
    await expectParam(page, 'company', 'aws')
    await expectFactCount(page, factsWhere({ companies: ['aws'] }).length)

    for (const f of shareFacts) await expect(shareMark(page, f)).toHaveCount(f.company === 'aws' ? 1 : 0)
    for (const f of layoffFacts) await expect(layoffFigure(page, f)).toHaveCount(f.company === 'aws' ? 1 : 0)
    for (const f of figures) await expect(keyFigure(page, f)).toHaveCount(f.company === 'aws' ? 1 : 0)
    const revenue = fact('aws-revenue-2023-q4')
    await expect(mark(d.awsResults, `Revenue, ${markedQuarter(revenue)}:`)).toBeVisible()

    // The selected Azure share is filtered out: the panel says so rather than showing stale evidence.
    await expect(hiddenNotice(page)).toBeVisible()
    await expect(d.evidence.getByRole('blockquote')).toHaveCount(0)
    await expectParam(page, 'fact', azure.id)

    // A second company adds its facts; the selected one shows again.
    await d.company(companyName('azure')).click()
    await expectFactCount(page, factsWhere({ companies: ['aws', 'azure'] }).length)
    await expect(shareMark(page, azure)).toHaveAttribute('aria-pressed', 'true')
    await expect(hiddenNotice(page)).toHaveCount(0)
    await expect(evidenceHeading(page)).toHaveText(azure.label)

    await d.clearFilters.click()
    await expectParam(page, 'company', null)
    await expectFactCount(page, facts.length)
    for (const f of figures) await expect(keyFigure(page, f)).toHaveCount(1)
  })

  test('a company with no chartable facts empties those charts, which say so', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    const azureFacts = factsWhere({ companies: ['azure'] })
    expect(azureFacts.some((f) => f.metric === 'layoffs')).toBe(false)
    expect(azureFacts.some((f) => f.company === 'aws')).toBe(false)

    await d.company(companyName('azure')).click()
    await expectFactCount(page, azureFacts.length)
    await expectEmptyChart(d.awsResults, 'No AWS revenue or profit figures match the current filters')
    await expectEmptyChart(d.layoffs, 'No layoff figures match the current filters')
    await expect(
      d.keyFigures.getByRole('status').filter({ hasText: 'No key figures match the current filters' }),
    ).toBeVisible()
    await expect(d.keyFigures.getByRole('button')).toHaveCount(0)
    await expect(d.marketShare.getByRole('figure')).toBeVisible()
  })

  test('the Period filter narrows the charts, key figures, facts table and evidence', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    const figures = await factsWithKeyFigures(page)
    const share = fact('share-aws-2023-q4')
    await awsShareMark(page).click()
    await expect(evidenceHeading(page)).toHaveText(share.label)

    // The quarter of the March 2023 layoffs holds no share, no AWS result and no key figure.
    const jassy = fact('layoffs-2023-03')
    const quarter = quarterOf(jassy)
    const inQuarter = factsWhere({ periods: [quarter] })
    expect(inQuarter.some((f) => f.metric === 'market_share' || f.company === 'aws')).toBe(false)
    expect(figures.some((f) => quarterOf(f) === quarter)).toBe(false)

    await d.period(quarterLabel(quarter)).click()
    await expect(d.period(quarterLabel(quarter))).toHaveAttribute('aria-pressed', 'true')
    await expectParam(page, 'period', quarter)
    await expectFactCount(page, inQuarter.length)
    await expectEmptyChart(d.marketShare, 'No market-share figures match the current filters')
    await expectEmptyChart(d.awsResults, 'No AWS revenue or profit figures match the current filters')
    await expect(
      d.keyFigures.getByRole('status').filter({ hasText: 'No key figures match the current filters' }),
    ).toBeVisible()
    for (const f of layoffFacts) await expect(layoffFigure(page, f)).toHaveCount(quarterOf(f) === quarter ? 1 : 0)
    await expect(hiddenNotice(page)).toBeVisible()

    // Adding the share's quarter brings back the share chart, its key figures and the evidence.
    const shareQuarter = quarterOf(share)
    await d.period(quarterLabel(shareQuarter)).click()
    await expectParam(page, 'period', `${quarter},${shareQuarter}`)
    await expectFactCount(page, factsWhere({ periods: [quarter, shareQuarter] }).length)
    await expect(awsShareMark(page)).toHaveAttribute('aria-pressed', 'true')
    await expect(evidenceHeading(page)).toHaveText(share.label)
    for (const f of figures) await expect(keyFigure(page, f)).toHaveCount(quarterOf(f) === shareQuarter ? 1 : 0)
    for (const f of layoffFacts) await expect(layoffFigure(page, f)).toHaveCount(quarterOf(f) === quarter ? 1 : 0)
  })

  test('a quarter without layoffs empties the layoff chart, which says so', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    const quarter = quarterOf(fact('share-aws-2023-q4'))
    expect(factsWhere({ periods: [quarter] }).some((f) => f.metric === 'layoffs')).toBe(false)
    await d.period(quarterLabel(quarter)).click()
    await expectEmptyChart(d.layoffs, 'No layoff figures match the current filters')
    await expect(d.marketShare.getByRole('figure')).toBeVisible()
  })

  test('company and period together can leave nothing, and every part says so', async ({ page }) => {
    const quarter = quarterOf(fact('share-aws-2023-q4'))
    expect(factsWhere({ companies: ['amazon'], periods: [quarter] })).toHaveLength(0)
    await openDashboard(page)
    const d = dashboard(page)
    await d.company(companyName('amazon')).click()
    await d.period(quarterLabel(quarter)).click()
    await expect(d.factsHeading).toHaveText('All facts (0)')
    await expect(d.factsRegion.getByRole('status').filter({ hasText: /^No facts match/ })).toBeVisible()
    await expectEmptyChart(d.marketShare, 'No market-share figures match the current filters')
    await expectEmptyChart(d.awsResults, 'No AWS revenue or profit figures match the current filters')
    await expectEmptyChart(d.layoffs, 'No layoff figures match the current filters')
    await expect(
      d.keyFigures.getByRole('status').filter({ hasText: 'No key figures match the current filters' }),
    ).toBeVisible()
  })
})

test.describe('evidence', () => {
  test('clicking the AWS market share shows the quoted sentence and its source', async ({ page }) => {
    const share = fact('share-aws-2023-q4')
    const source = article(share.citations[0].article)
    await openDashboard(page)
    const d = dashboard(page)
    await expect(d.evidence.getByRole('blockquote')).toHaveCount(0)

    await awsShareMark(page).click()
    await expect(awsShareMark(page)).toHaveAttribute('aria-pressed', 'true')
    await expectParam(page, 'fact', share.id)
    await expect(evidenceHeading(page)).toHaveText(share.label)
    const stated = statedBy(d.evidence, share)
    const quotes = stated.getByRole('blockquote')
    await expect(quotes).toHaveCount(valueCitations(share).length)
    await expect(quotes.first()).toContainText(`${share.value.amount}%`)
    await expect(quotes.first()).toContainText(share.citations[0].quote)
    const excerpt = stated.getByRole('region').first()
    await expect(excerpt.getByRole('heading')).toContainText(source.title ?? `Untitled article: “${source.description}`)
    await expect(excerpt).toContainText(source.publisher ?? 'publisher not named')
    await expect(excerpt).not.toContainText(source.id.split('_')[0])
    await expect(
      d.evidence.getByRole('heading', { name: `Stated by ${articleCount(share)} of ${articles.length} articles` }),
    ).toBeVisible()
    await expect(d.evidence).toContainText(share.source)
  })

  test('a vague count keeps the sources’ words and shows no invented number', async ({ page }) => {
    const cut = fact('layoffs-2024-04')
    const words = cut.value.words as string[]
    expect(cut.value.kind).toBe('vague')
    await openDashboard(page)
    const d = dashboard(page)
    const chartMark = layoffMark(page, cut.id)
    const drawnAs = (await chartMark.getAttribute('aria-label'))!.replace(/^.*?: /, '')
    for (const w of words) expect(drawnAs).toContain(w)
    // The only figures are the range the dataset says the words are read as, and they say so.
    const range = cut.value.range!
    expect(drawnAs).toContain(`read as ${range.min.toLocaleString('en-US')}–${range.max.toLocaleString('en-US')}`)
    expect(drawnAs.replace(/read as [\d,]+–[\d,]+/, '')).not.toMatch(/\d/)

    // The band is only a few pixels high: click the words written by it, as a reader would.
    await chartMark.getByText(words[0]).click()
    await expect(chartMark).toHaveAttribute('aria-pressed', 'true')
    await expect(evidenceHeading(page)).toHaveText(cut.label)
    const value = d.evidence.getByRole('paragraph').first()
    for (const w of words) await expect(value).toContainText(`“${w}”`)
    await expect(value).toContainText('Vague')
    await expect(value).not.toHaveText(/\d/)
    await expect(d.evidence).toContainText('no exact number')
    await expandQuotes(d.evidence)
    const quotes = statedBy(d.evidence, cut).getByRole('blockquote')
    for (const c of valueCitations(cut)) await expect(quotes.filter({ hasText: c.quote })).toHaveCount(1)
    await expect(
      d.evidence.getByRole('heading', { name: `Stated by ${articleCount(cut)} of ${articles.length} articles` }),
    ).toBeVisible()

    const row = d.factsTable
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: cut.label, exact: true }) })
    const cell = row.getByRole('cell').first()
    for (const w of words) await expect(cell).toContainText(w)
    await expect(cell).not.toHaveText(/\d/)
  })

  test('a wave whose count the articles do not give is shown as not reported', async ({ page }) => {
    const studios = fact('layoffs-2024-01')
    expect(studios.value.kind).toBe('unknown')
    await openDashboard(page)
    const d = dashboard(page)
    const chartMark = layoffMark(page, studios.id)
    await expect(chartMark).toHaveAccessibleName(/: (count )?not reported\. Show sources$/i)
    await expect(chartMark).not.toHaveAccessibleName(/: [\d,]+/)
    await chartMark.click()
    await expect(evidenceHeading(page)).toHaveText(studios.label)
    const value = d.evidence.getByRole('paragraph').first()
    await expect(value).toContainText('Not reported')
    await expect(value).not.toHaveText(/\d/)
    await expect(d.evidence).toContainText('do not report a number')
    await expect(d.evidence).toContainText(`“${studios.value.words}”`)
    await expect(d.evidence.getByRole('blockquote')).toContainText(studios.citations[0].quote)
  })

  test('the layoff chart draws only what the articles state, and says what they leave open', async ({ page }) => {
    const total = fact('layoffs-amazon-two-waves')
    const jassy = fact('layoffs-2023-03')
    await openDashboard(page)
    const d = dashboard(page)
    await expect(layoffMark(page, total.id)).toHaveAccessibleName(
      new RegExp(`: ${escapeRegExp(number(total.value.amount!))}\\. Show sources$`),
    )
    await expect(layoffMark(page, jassy.id)).toHaveAccessibleName(
      new RegExp(`: ${escapeRegExp(number(jassy.value.amount!))}\\. Show sources$`),
    )
    // No wave is derived from the two: whether the 9,000 is one of the 27,000's waves is not said.
    await expect(d.layoffs.getByRole('button', { name: /derived/ })).toHaveCount(0)
    await expect(d.layoffs).not.toContainText(number(total.value.amount! - jassy.value.amount!))
    const note = d.layoffs.getByText(/^The articles do not say whether the/)
    await expect(note).toHaveText(
      `The articles do not say whether the ${number(jassy.value.amount!)} of about Mar 2023* are one of the two waves that total ${number(total.value.amount!)}; nothing is drawn or derived that assumes either.`,
    )
    // Each figure of the note opens its evidence, which says the same.
    await note.getByRole('button', { name: `${jassy.label}: ${number(jassy.value.amount!)}. Show sources` }).click()
    await expect(evidenceHeading(page)).toHaveText(jassy.label)
    await expect(d.evidence).toContainText('The articles do not say whether these 9,000 are one of the two waves')
  })

  test('the derived 34% of other providers shows its formula over the three stated shares', async ({ page }) => {
    const others = fact('share-others-2023-q4')
    const inputs = formulaInputs(others).map(fact)
    await openDashboard(page)
    const d = dashboard(page)
    const chartMark = shareMark(page, others)
    await expect(chartMark).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(companyName(others.company))}: ${others.value.amount}%, derived`),
    )
    await chartMark.click()
    await expect(evidenceHeading(page)).toHaveText(others.label)
    await expect(d.evidence.getByText('Derived', { exact: true })).toBeVisible()
    await expect(d.evidence).toContainText(`= ${others.value.amount}%`)
    for (const input of inputs) {
      await expect(
        d.evidence.getByRole('button', { name: `${input.label} ${input.value.amount}%`, exact: true }),
      ).toBeVisible()
    }
    const last = inputs.at(-1)!
    await d.evidence.getByRole('button', { name: new RegExp(`^${escapeRegExp(last.label)}`) }).click()
    await expectParam(page, 'fact', last.id)
    await expect(evidenceHeading(page)).toHaveText(last.label)
    await expect(shareMark(page, last)).toHaveAttribute('aria-pressed', 'true')
    await expect(chartMark).toHaveAttribute('aria-pressed', 'false')
  })

  test('“Read in article” opens the whole article with the quote marked; Escape closes it', async ({ page }) => {
    const share = fact('share-aws-2023-q4')
    const { article: articleId, quote } = share.citations[0]
    const lines = articleLines(articleId)
    const { dialog } = await openAwsShareArticle(page)
    await expectParam(page, 'article', articleId)
    await expect(dialog.getByRole('heading', { level: 2 })).toBeVisible()
    await expect(dialog).toContainText(article(articleId).publisher ?? 'publisher not named')
    await expect(marks(dialog)).toHaveText(quote)
    await expect(marks(dialog)).toBeInViewport()
    await expect(dialog).toContainText(lines[0].slice(0, 80))
    await expect(dialog).toContainText(lines.at(-1)!.slice(0, 80))

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expectParam(page, 'article', null)
    await expectParam(page, 'fact', share.id)
    await expect(evidenceHeading(page)).toHaveText(share.label)
  })

  test('closing the article puts the focus back on “Read in article”', async ({ page }) => {
    const { dialog, readButton } = await openAwsShareArticle(page)
    await expect(dialog.getByRole('button', { name: /^Close/ })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(readButton).toBeFocused()
  })

  test('each excerpt opens its own article', async ({ page }) => {
    const cut = fact('layoffs-2024-04')
    const n = cut.citations.findIndex((c) => c.article !== cut.citations[0].article)
    const { article: articleId, quote } = cut.citations[n]
    await openDashboard(page)
    const d = dashboard(page)
    await layoffMark(page, cut.id)
      .getByText((cut.value.words as string[])[0])
      .click()
    await d.evidence.getByRole('button', { name: 'Read in article' }).nth(n).click()
    const dialog = page.getByRole('dialog')
    await expectParam(page, 'article', articleId)
    await expect(marks(dialog).filter({ hasText: quote })).toHaveCount(1)
    const title = article(articleId).title
    if (title) await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(title)
    await dialog.getByRole('button', { name: /^Close/ }).click()
    await expect(dialog).toBeHidden()
    await expectParam(page, 'article', null)
  })
})

test.describe('keyboard', () => {
  test('Tab reaches a chart mark; Enter and Space select it', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    const aws = awsShareMark(page)
    await tabTo(page, aws)
    await expect(aws).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(aws).toHaveAttribute('aria-pressed', 'true')
    await expect(evidenceHeading(page)).toHaveText(fact('share-aws-2023-q4').label)

    const azure = fact('share-azure-2023-q4')
    const azureMark = shareMark(page, azure)
    await tabTo(page, azureMark)
    const scrolled = await page.evaluate(() => window.scrollY)
    await page.keyboard.press(' ')
    await expect(azureMark).toHaveAttribute('aria-pressed', 'true')
    await expect(aws).toHaveAttribute('aria-pressed', 'false')
    await expect(evidenceHeading(page)).toHaveText(azure.label)
    await expectParam(page, 'fact', azure.id)
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)

    // A layoff wave, further down, works the same way.
    const cut = fact('layoffs-2024-04')
    await tabTo(page, layoffMark(page, cut.id))
    await page.keyboard.press('Enter')
    await expect(evidenceHeading(page)).toHaveText(cut.label)
    await expect(statedBy(d.evidence, cut).getByRole('blockquote').first()).toContainText(valueCitations(cut)[0].quote)
  })

  test('a chart mark keeps the focus after Enter selects it', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    const aws = awsShareMark(page)
    await tabTo(page, aws)
    await page.keyboard.press('Enter')
    await expect(aws).toHaveAttribute('aria-pressed', 'true')
    // Keyboard users go on from where they were: the next Tab reaches “Show evidence” for the mark just
    // chosen, the one after it the next mark (AWS's change in words, under its bar), not the top of the page.
    await expect(aws).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(d.marketShare.getByRole('button', { name: /^Show evidence/ })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(d.marketShare.getByRole('button', { name: /^AWS, change: / })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(shareMark(page, fact('share-azure-2023-q4'))).toBeFocused()
  })

  test('Tab reaches the filters, the search box and the table’s sort buttons', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    const aws = d.company(companyName('aws'))
    await tabTo(page, aws)
    await expect(aws).toBeFocused()
    await page.keyboard.press('Space')
    await expect(aws).toHaveAttribute('aria-pressed', 'true')
    await expectFactCount(page, factsWhere({ companies: ['aws'] }).length)

    const quarter = quarterOf(fact('share-aws-2023-q4'))
    const period = d.period(quarterLabel(quarter))
    await tabTo(page, period)
    await page.keyboard.press('Enter')
    await expect(period).toHaveAttribute('aria-pressed', 'true')
    const left = factsWhere({ companies: ['aws'], periods: [quarter] })
    await expectFactCount(page, left.length)

    await tabTo(page, d.search)
    await expect(d.search).toBeFocused()
    await page.keyboard.type('revenue')
    const matching = left.filter((f) => f.label.toLowerCase().includes('revenue'))
    // A label that says it ranks first; facts whose quotes say it follow.
    await expect(d.factsTable.getByRole('rowheader').first()).toHaveText(matching[0].label)

    const valueHeader = d.factsTable.getByRole('columnheader', { name: 'Value' })
    const sortByValue = valueHeader.getByRole('button')
    await tabTo(page, sortByValue)
    await expect(sortByValue).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(valueHeader).toHaveAttribute('aria-sort', 'ascending')
  })
})

test.describe('facts table', () => {
  test('search narrows the rows; a search with no match says so', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    await expectFactCount(page, facts.length)
    const query = 'share'
    const matching = facts.filter((f) =>
      [f.label, f.source, f.metric.replace('_', ' '), companyName(f.company)].join(' ').toLowerCase().includes(query),
    )
    expect(matching.length).toBeGreaterThan(0)
    expect(matching.length).toBeLessThan(facts.length)

    await d.search.fill(query)
    // Also rows whose quotes say it (“shared”): search-facts.test.ts counts them on the dataset.
    await expect(d.factsHeading).not.toHaveText(`All facts (${facts.length})`)
    for (const f of matching) {
      await expect(d.factsTable.getByRole('rowheader', { name: f.label, exact: true })).toBeVisible()
    }

    await d.search.fill('zzzz-no-such-fact')
    await expect(d.factsHeading).toHaveText('All facts (0)')
    await expect(
      d.factsRegion.getByRole('status').filter({ hasText: 'No facts match “zzzz-no-such-fact”' }),
    ).toBeVisible()

    await d.search.fill('')
    await expectFactCount(page, facts.length)
  })

  test('clicking a column header sorts by it, and again reverses the order', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    const header = (name: string) => d.factsTable.getByRole('columnheader', { name, exact: true })
    const firstRow = d.factsTable.getByRole('rowheader').first()
    const lastRow = d.factsTable.getByRole('rowheader').last()
    const labels = facts.map((f) => f.label).sort((a, b) => a.localeCompare(b))

    await expect(header('Period')).toHaveAttribute('aria-sort', 'ascending')
    await expect(header('Fact')).toHaveAttribute('aria-sort', 'none')

    await header('Fact').getByRole('button').click()
    await expect(header('Fact')).toHaveAttribute('aria-sort', 'ascending')
    await expect(header('Period')).toHaveAttribute('aria-sort', 'none')
    await expect(firstRow).toHaveText(labels[0])
    await expect(lastRow).toHaveText(labels.at(-1)!)

    await header('Fact').getByRole('button').click()
    await expect(header('Fact')).toHaveAttribute('aria-sort', 'descending')
    await expect(firstRow).toHaveText(labels.at(-1)!)
    await expect(lastRow).toHaveText(labels[0])

    // Value: by unit first (percent before dollars), then the largest amount first when descending;
    // values with no number never come first.
    const withAmounts = facts.filter((f) => typeof f.value.amount === 'number' && f.value.unit === 'percent')
    const biggest = withAmounts.reduce((a, b) => (b.value.amount! > a.value.amount! ? b : a))
    await header('Value').getByRole('button').click()
    await expect(header('Value')).toHaveAttribute('aria-sort', 'ascending')
    await header('Value').getByRole('button').click()
    await expect(header('Value')).toHaveAttribute('aria-sort', 'descending')
    await expect(firstRow).toHaveText(biggest.label)

    const mostQuoted = facts.reduce((a, b) => (articleCount(b) > articleCount(a) ? b : a))
    await header('Articles').getByRole('button').click()
    await header('Articles').getByRole('button').click()
    await expect(header('Articles')).toHaveAttribute('aria-sort', 'descending')
    await expect(firstRow).toHaveText(mostQuoted.label)
  })

  test('a row’s button selects its fact', async ({ page }) => {
    const revenue = fact('aws-revenue-2023-q4')
    await openDashboard(page)
    const d = dashboard(page)
    const button = d.factsTable.getByRole('button', { name: revenue.label, exact: true })
    await button.click()
    await expect(button).toHaveAttribute('aria-pressed', 'true')
    await expectParam(page, 'fact', revenue.id)
    await expect(evidenceHeading(page)).toHaveText(revenue.label)
    await expect(d.evidence.getByRole('blockquote')).toContainText(revenue.citations[0].quote)
    await expect(mark(d.awsResults, 'Revenue,')).toHaveAttribute('aria-pressed', 'true')
  })
})

test.describe('theme', () => {
  test('the Dark theme toggle goes into the URL and survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await openDashboard(page)
    const d = dashboard(page)
    const colorScheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)
    const background = () => page.getByRole('banner').evaluate((el) => getComputedStyle(el).backgroundColor)
    await expect(d.themeToggle).toHaveAttribute('aria-pressed', 'false')
    const light = await background()

    await d.themeToggle.click()
    await expect(d.themeToggle).toHaveAttribute('aria-pressed', 'true')
    await expectParam(page, 'theme', 'dark')
    await expect.poll(colorScheme).toBe('dark')
    expect(await background()).not.toBe(light)

    await page.reload()
    await expect(d.factsHeading).toBeVisible()
    await expect(d.themeToggle).toHaveAttribute('aria-pressed', 'true')
    await expect.poll(colorScheme).toBe('dark')

    await d.themeToggle.click()
    await expect(d.themeToggle).toHaveAttribute('aria-pressed', 'false')
    await expect.poll(colorScheme).toBe('light')
    await expect.poll(() => params(page).get('theme')).not.toBe('dark')
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })

  /** The evidence as a bottom sheet: a modal dialog named for its fact. */
  const sheet = (page: Page) => page.getByRole('dialog', { name: /^Evidence/ })

  test('the evidence panel is a sheet that opens with a selection and closes with Close', async ({ page }) => {
    const share = fact('share-aws-2023-q4')
    await openDashboard(page)
    await expect(sheet(page)).toHaveCount(0)

    await awsShareMark(page).tap()
    const evidence = sheet(page)
    await expect(evidence).toBeVisible()
    await expect(evidence.getByRole('heading', { level: 2 })).toHaveText(share.label)
    await expect(evidence.getByRole('blockquote').first()).toContainText(`${share.value.amount}%`)
    const box = (await evidence.boundingBox())!
    const viewport = page.viewportSize()!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5)
    expect(Math.abs(box.y + box.height - viewport.height)).toBeLessThanOrEqual(1)
    expect(box.height).toBeLessThan(viewport.height)
    // The sheet stays put while the reader scrolls.
    await page.mouse.wheel(0, 400)
    await expect.poll(async () => (await evidence.boundingBox())!.y).toBeCloseTo(box.y, 0)

    const close = evidence.getByRole('button', { name: /^Close/ })
    await expect(close).toBeInViewport()
    await close.tap()
    await expect(evidence).toBeHidden()
    await expectParam(page, 'fact', null)
  })

  test('a sheet that only says the selected fact is filtered out can be closed too', async ({ page }) => {
    const share = fact('share-aws-2023-q4')
    await openDashboard(page, `?company=azure&fact=${share.id}`)
    const evidence = sheet(page)
    await expect(
      evidence.getByRole('status').filter({ hasText: 'The selected fact is hidden by the current filters' }),
    ).toBeVisible()
    await expect(evidence).toBeInViewport()
    // The sheet covers the bottom of the screen, so the reader must be able to dismiss it.
    const close = evidence.getByRole('button', { name: /^Close/ })
    await expect(close).toBeVisible()
    await close.tap()
    await expect(evidence).toBeHidden()
    await expectParam(page, 'fact', null)
    await expectParam(page, 'company', 'azure')
  })
})
