import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  article,
  articleCount,
  articleLines,
  articles,
  awsShareMark,
  chart,
  companies,
  companyName,
  dashboard,
  drawnBy,
  escapeRegExp,
  expectFactCount,
  expectParam,
  fact,
  facts,
  factsOf,
  factsWhere,
  formulaInputs,
  layoffMark,
  mark,
  marks,
  openDashboard,
  quarterLabel,
  quarterOf,
  shareMark,
  shownPeriod,
  shownValue,
  statedBy,
  valueCitations,
  type YamlFact,
} from './fixtures.ts'

/*
 * The dashboard as a reader uses it: filters that narrow every part and say what they leave out, evidence
 * behind every figure, the table of all facts, and the theme. Each test is one reader's journey on one page;
 * what each part computes (counts, matches, orders, formulas) is unit-tested beside its code.
 */

const shareFacts = factsOf('market_share')
const layoffFacts = factsOf('layoffs')
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
const noKeyFigures = (page: Page) =>
  dashboard(page).keyFigures.getByRole('status').filter({ hasText: 'No key figures match the current filters' })

/** A chart that says why it draws nothing, and draws nothing. */
async function expectEmptyChart(region: Locator, id: string) {
  await expect(region.getByRole('status').filter({ hasText: chart(id).emptyMessage })).toBeVisible()
  await expect(region.getByRole('figure')).toHaveCount(0)
  await expect(region.getByRole('button', { name: /Show sources$/ })).toHaveCount(0)
}

test.describe('filters', () => {
  test('the Company filter narrows the charts, key figures, table and evidence; a chart it empties says so; the Period filter narrows every part; with a company it can leave nothing, and the page says which filter did and offers ways back', async ({
    page,
  }) => {
    await openDashboard(page)
    const d = dashboard(page)
    await expectFactCount(page, facts.length)
    // What the filters leave is said to screen readers as they change, not as the page loads.
    const filteredCount = page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: / facts?( match the filters)?$/ })
    await expect(filteredCount).toHaveCount(0)
    const figures = await factsWithKeyFigures(page)
    // The filter must remove some cards and keep others for this test to mean anything.
    expect(figures.some((f) => f.company === 'aws') && figures.some((f) => f.company !== 'aws')).toBe(true)

    const azure = shareFacts.find((f) => f.company === 'azure')!
    await shareMark(d.marketShare, azure).click()
    await expect(evidenceHeading(page)).toHaveText(azure.label)

    // Each chip says how many facts it stands for.
    const aws = d.company(companyName('aws'))
    const awsFacts = factsWhere({ companies: ['aws'] })
    await expect(aws).toHaveAccessibleName(`${companyName('aws')} ${awsFacts.length} facts`)
    await aws.click()
    await expect(aws).toHaveAttribute('aria-pressed', 'true')
    await expectParam(page, 'company', 'aws')
    await expectFactCount(page, awsFacts.length)
    await expect(filteredCount).toHaveText(`${awsFacts.length} of ${facts.length} facts match the filters`)
    for (const f of shareFacts) await expect(shareMark(d.marketShare, f)).toHaveCount(f.company === 'aws' ? 1 : 0)
    for (const f of layoffFacts) await expect(layoffFigure(page, f)).toHaveCount(f.company === 'aws' ? 1 : 0)
    for (const f of figures) await expect(keyFigure(page, f)).toHaveCount(f.company === 'aws' ? 1 : 0)
    const revenue = fact('aws-revenue-2023-q4')
    await expect(mark(d.awsResults, `Revenue, ${shownPeriod(revenue)}:`)).toBeVisible()

    // The selected Azure share is filtered out: the panel says so rather than showing stale evidence.
    await expect(hiddenNotice(page)).toBeVisible()
    await expect(d.evidence.getByRole('blockquote')).toHaveCount(0)
    await expectParam(page, 'fact', azure.id)

    // A second company adds its facts; the selected one shows again.
    await d.company(companyName('azure')).click()
    await expectFactCount(page, factsWhere({ companies: ['aws', 'azure'] }).length)
    await expect(shareMark(d.marketShare, azure)).toHaveAttribute('aria-pressed', 'true')
    await expect(hiddenNotice(page)).toHaveCount(0)
    await expect(evidenceHeading(page)).toHaveText(azure.label)

    await d.clearFilters.focus()
    await page.keyboard.press('Enter')
    await expectParam(page, 'company', null)
    await expectFactCount(page, facts.length)
    // The button went with the filters it cleared: the focus is on the first chip, not on the page.
    await expect(d.clearFilters).toHaveCount(0)
    await expect(d.companyFilter.getByRole('button').first()).toBeFocused()
    for (const f of figures) await expect(keyFigure(page, f)).toHaveCount(1)

    // A company none of whose facts two of the charts draw: those charts say so, the share chart stays.
    const other = companies.find(
      (c) =>
        factsWhere({ companies: [c.id] }).some(drawnBy['market-share']) &&
        !factsWhere({ companies: [c.id] }).some((f) => drawnBy['aws-results'](f) || drawnBy.layoffs(f)),
    )!
    expect(other, 'a company with a share and neither AWS results nor layoffs').toBeDefined()
    await d.company(other.name).click()
    await expectFactCount(page, factsWhere({ companies: [other.id] }).length)
    await expectEmptyChart(d.awsResults, 'aws-results')
    await expectEmptyChart(d.layoffs, 'layoffs')
    await expect(d.marketShare.getByRole('figure')).toBeVisible()

    // The Period filter, from every company again.
    await d.clearFilters.click()
    await expectFactCount(page, facts.length)
    const share = fact('share-aws-2023-q4')
    await awsShareMark(page).click()
    await expect(evidenceHeading(page)).toHaveText(share.label)

    // The quarter of the March 2023 layoffs holds no share, no AWS result and no key figure.
    const quarter = quarterOf(fact('layoffs-2023-03'))
    const inQuarter = factsWhere({ periods: [quarter] })
    expect(inQuarter.some((f) => drawnBy['market-share'](f) || drawnBy['aws-results'](f))).toBe(false)
    expect(figures.some((f) => quarterOf(f) === quarter)).toBe(false)

    await d.period(quarterLabel(quarter)).click()
    await expect(d.period(quarterLabel(quarter))).toHaveAttribute('aria-pressed', 'true')
    await expectParam(page, 'period', quarter)
    await expectFactCount(page, inQuarter.length)
    await expectEmptyChart(d.marketShare, 'market-share')
    await expectEmptyChart(d.awsResults, 'aws-results')
    await expect(noKeyFigures(page)).toBeVisible()
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

    // The share's quarter alone holds no layoffs: that chart says so.
    expect(factsWhere({ periods: [shareQuarter] }).some(drawnBy.layoffs)).toBe(false)
    await d.period(quarterLabel(quarter)).click()
    await expectParam(page, 'period', shareQuarter)
    await expectEmptyChart(d.layoffs, 'layoffs')
    await expect(d.marketShare.getByRole('figure')).toBeVisible()

    // A company with no facts in that quarter leaves nothing: one notice, in the charts' place, says which filter
    // did and offers ways back; no chart, key figure or table is left to say it again. The status that said what
    // the filters left says this too, and is the one status in the charts' place.
    const absent = companies.find((c) => factsWhere({ companies: [c.id], periods: [shareQuarter] }).length === 0)!
    expect(absent, `a company with no facts in ${shareQuarter}`).toBeDefined()
    await d.company(absent.name).click()
    const guidance = page.getByRole('region', { name: 'Nothing matches these filters' })
    await expect(guidance).toContainText(
      new RegExp(`No facts for ${escapeRegExp(absent.name)} in ${escapeRegExp(quarterLabel(shareQuarter))}\\*?\\.`),
    )
    await expect(filteredCount).toHaveText('No facts match the filters')
    await expect(page.getByRole('main').getByRole('status')).toHaveCount(1)
    for (const part of [d.marketShare, d.awsResults, d.layoffs, d.keyFigures, d.factsRegion]) {
      await expect(part).toHaveCount(0)
    }
    const everyPeriod = factsWhere({ companies: [absent.id] }).length
    await guidance.getByRole('button', { name: new RegExp(`^Clear period: .*\\(${everyPeriod} facts?\\)$`) }).focus()
    await page.keyboard.press('Enter')
    await expect(guidance).toHaveCount(0)
    // The notice went with its button: the focus is on the charts that came back, not on the page.
    await expect(page.getByRole('main')).toBeFocused()
    await expectFactCount(page, everyPeriod)
    await expectParam(page, 'period', null)
  })
})

test.describe('evidence', () => {
  test('the market share: a stated share shows its quote and its article, which “Read in article” opens with the quote marked; the derived rest shows its formula', async ({
    page,
  }) => {
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
    await expect(quotes.first()).toContainText(shownValue(share))
    await expect(quotes.first()).toContainText(share.citations[0].quote)
    const excerpt = stated.getByRole('region').first()
    await expect(excerpt.getByRole('heading')).toContainText(source.title ?? `Untitled article: “${source.description}`)
    await expect(excerpt).toContainText(source.publisher ?? 'publisher not named')
    await expect(excerpt).not.toContainText(source.id.split('_')[0])
    await expect(
      d.evidence.getByRole('heading', { name: `Stated by ${articleCount(share)} of ${articles.length} articles` }),
    ).toBeVisible()
    await expect(d.evidence).toContainText(share.source)

    // “Read in article” opens the whole article with the quote marked; Escape closes it, back to the button.
    const { article: articleId, quote } = share.citations[0]
    const lines = articleLines(articleId)
    const readButton = d.evidence.getByRole('button', { name: 'Read in article' })
    await readButton.click()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    await expectParam(page, 'article', articleId)
    await expect(dialog.getByRole('button', { name: /^Close/ })).toBeFocused()
    await expect(dialog.getByRole('heading', { level: 2 })).toBeVisible()
    await expect(dialog).toContainText(article(articleId).publisher ?? 'publisher not named')
    await expect(marks(dialog)).toHaveText(quote)
    await expect(marks(dialog)).toBeInViewport()
    await expect(dialog).toContainText(lines[0].slice(0, 80))
    await expect(dialog).toContainText(lines.at(-1)!.slice(0, 80))

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(readButton).toBeFocused()
    await expectParam(page, 'article', null)
    await expectParam(page, 'fact', share.id)
    await expect(evidenceHeading(page)).toHaveText(share.label)

    // The others' share is derived: marked so on the chart, in its data table read in words, and in the panel.
    const others = fact('share-others-2023-q4')
    const inputs = formulaInputs(others).map(fact)
    const othersMark = shareMark(d.marketShare, others)
    await expect(othersMark).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(companyName(others.company))}: ${escapeRegExp(shownValue(others))}, derived`),
    )
    const row = d.marketShare.getByRole('row', { name: new RegExp(`^${escapeRegExp(others.label)}`) })
    await expect(row).toHaveAccessibleName(
      new RegExp(`derived: 100% − ${escapeRegExp(`${inputs[0].label} (${shownValue(inputs[0])})`)}`),
    )
    await expect(row).not.toHaveAccessibleName(/[{}]/)

    await othersMark.click()
    await expect(evidenceHeading(page)).toHaveText(others.label)
    await expect(d.evidence.getByText('Derived', { exact: true })).toBeVisible()
    await expect(d.evidence).toContainText(`= ${shownValue(others)}`)
    for (const input of inputs) {
      await expect(
        d.evidence.getByRole('button', { name: `${input.label} ${shownValue(input)}`, exact: true }),
      ).toBeVisible()
    }
    // The three shares, from one article, are printed in whole percent: if rounded, what they leave is 34% ± 1.5.
    const rest = 100 - inputs.reduce((sum, input) => sum + input.value.amount!, 0)
    const printed = inputs
      .map(shownValue)
      .join(', ')
      .replace(/, ([^,]+)$/, ', and $1')
    await expect(d.evidence).toContainText(
      `If the article rounded its figures to the nearest 1% (${printed}), the true value could be anywhere from ${rest - 1.5}% to ${rest + 1.5}%.`,
    )
    const last = inputs.at(-1)!
    await d.evidence.getByRole('button', { name: new RegExp(`^${escapeRegExp(last.label)}`) }).click()
    await expectParam(page, 'fact', last.id)
    await expect(evidenceHeading(page)).toHaveText(last.label)
    await expect(shareMark(d.marketShare, last)).toHaveAttribute('aria-pressed', 'true')
    await expect(othersMark).toHaveAttribute('aria-pressed', 'false')
  })

  test('the layoff chart draws only what the articles state: their words for a vague count, “not reported”, and what they leave open', async ({
    page,
  }) => {
    const cut = fact('layoffs-2024-04')
    const words = cut.value.words as string[]
    expect(cut.value.kind).toBe('vague')
    await openDashboard(page)
    const d = dashboard(page)

    // A vague count: the articles' words, and only the range the dataset reads them as.
    const cutMark = layoffMark(page, cut.id)
    const drawnAs = (await cutMark.getAttribute('aria-label'))!.replace(/^.*?: /, '')
    for (const w of words) expect(drawnAs).toContain(w)
    const range = cut.value.range!
    expect(drawnAs).toContain(`read as ${range.min.toLocaleString('en-US')}–${range.max.toLocaleString('en-US')}`)
    expect(drawnAs.replace(/read as [\d,]+–[\d,]+/, '')).not.toMatch(/\d/)
    // The band is only a few pixels high: click the words written by it, as a reader would.
    await cutMark.getByText(words[0]).click()
    await expect(cutMark).toHaveAttribute('aria-pressed', 'true')
    await expect(evidenceHeading(page)).toHaveText(cut.label)
    const value = d.evidence.getByRole('paragraph').first()
    for (const w of words) await expect(value).toContainText(`“${w}”`)
    await expect(value).toContainText('Vague')
    await expect(value).not.toHaveText(/\d/)
    await expect(d.evidence).toContainText('no exact number')
    const row = d.factsTable
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: cut.label, exact: true }) })
    for (const w of words) await expect(row.getByRole('cell').first()).toContainText(w)
    await expect(row.getByRole('cell').first()).not.toHaveText(/\d/)

    // Each excerpt opens its own article.
    const n = cut.citations.findIndex((c) => c.article !== cut.citations[0].article)
    const { article: articleId, quote } = cut.citations[n]
    await d.evidence.getByRole('button', { name: 'Read in article' }).nth(n).click()
    const dialog = page.getByRole('dialog')
    await expectParam(page, 'article', articleId)
    await expect(marks(dialog).filter({ hasText: quote })).toHaveCount(1)
    const title = article(articleId).title
    if (title) await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(title)
    await dialog.getByRole('button', { name: /^Close/ }).click()
    await expect(dialog).toBeHidden()
    await expectParam(page, 'article', null)

    // A wave whose count the articles do not give: "not reported", and no number.
    const studios = fact('layoffs-2024-01')
    expect(studios.value.kind).toBe('unknown')
    const studiosMark = layoffMark(page, studios.id)
    await expect(studiosMark).toHaveAccessibleName(/: (count )?not reported\. Show sources$/i)
    await expect(studiosMark).not.toHaveAccessibleName(/: [\d,]+/)
    await studiosMark.click()
    await expect(evidenceHeading(page)).toHaveText(studios.label)
    await expect(d.evidence.getByRole('paragraph').first()).toContainText('Not reported')
    await expect(d.evidence.getByRole('paragraph').first()).not.toHaveText(/\d/)
    await expect(d.evidence).toContainText('do not report a number')
    await expect(d.evidence).toContainText(`“${studios.value.words}”`)
    await expect(d.evidence.getByRole('blockquote')).toContainText(studios.citations[0].quote)

    // Two figures the articles give apart: both drawn as stated, nothing derived from them, and a note saying so.
    const total = fact('layoffs-amazon-two-waves')
    const jassy = fact('layoffs-2023-03')
    for (const f of [total, jassy])
      await expect(layoffMark(page, f.id)).toHaveAccessibleName(
        new RegExp(`: ${escapeRegExp(shownValue(f))}\\. Show sources$`),
      )
    await expect(d.layoffs.getByRole('button', { name: /derived/ })).toHaveCount(0)
    await expect(d.layoffs).not.toContainText((total.value.amount! - jassy.value.amount!).toLocaleString('en-US'))
    const note = d.layoffs.getByText(/^The articles do not say whether the/)
    await expect(note).toHaveText(
      `The articles do not say whether the ${shownValue(jassy)} of ${shownPeriod(jassy)} are one of the two waves that total ${shownValue(total)}; nothing is drawn or derived that assumes either.`,
    )
    // Each figure of the note opens its evidence, which says the same.
    await note.getByRole('button', { name: `${jassy.label}: ${shownValue(jassy)}. Show sources` }).click()
    await expect(evidenceHeading(page)).toHaveText(jassy.label)
    await expect(d.evidence).toContainText(
      `The articles do not say whether these ${shownValue(jassy)} are one of the two waves`,
    )
  })
})

test('the facts table: search narrows and explains, sort orders, a row selects, and both survive a reload', async ({
  page,
}) => {
  await openDashboard(page)
  const d = dashboard(page)
  await expectFactCount(page, facts.length)

  // A word the change-in-share claims say in another form: the rows are found, and the page says how.
  const changes = factsOf('trend').filter((f) => f.company !== 'aws' && /share/.test(f.label))
  expect(changes.length).toBeGreaterThan(0)
  await d.search.fill('grew')
  for (const f of changes)
    await expect(d.factsTable.getByRole('rowheader', { name: f.label, exact: true })).toBeVisible()
  await expect(d.factsRegion.getByRole('status').first()).toContainText('Matched “grew” as')
  await expectParam(page, 'q', 'grew')

  await d.search.fill('zzzz-no-such-fact')
  await expectFactCount(page, 0)
  await expect(
    d.factsRegion.getByRole('status').filter({ hasText: 'No facts match “zzzz-no-such-fact”' }),
  ).toBeVisible()
  await d.search.fill('')
  await expectFactCount(page, facts.length)
  await expectParam(page, 'q', null)

  // Sorting by a column, and again to reverse it.
  const header = (name: string) => d.factsTable.getByRole('columnheader', { name, exact: true })
  const firstRow = d.factsTable.getByRole('rowheader').first()
  const lastRow = d.factsTable.getByRole('rowheader').last()
  const labels = facts.map((f) => f.label).sort((a, b) => a.localeCompare(b))
  await expect(header('Period')).toHaveAttribute('aria-sort', 'ascending')
  await header('Fact').getByRole('button').click()
  await expect(header('Fact')).toHaveAttribute('aria-sort', 'ascending')
  await expect(header('Period')).toHaveAttribute('aria-sort', 'none')
  await expect(firstRow).toHaveText(labels[0])
  await expect(lastRow).toHaveText(labels.at(-1)!)
  await header('Fact').getByRole('button').click()
  await expect(header('Fact')).toHaveAttribute('aria-sort', 'descending')
  await expect(firstRow).toHaveText(labels.at(-1)!)
  await expectParam(page, 'sort', '-label')

  // A row's button selects its fact, on the chart too.
  const revenue = fact('aws-revenue-2023-q4')
  const button = d.factsTable.getByRole('button', { name: revenue.label, exact: true })
  await button.click()
  await expect(button).toHaveAttribute('aria-pressed', 'true')
  await expectParam(page, 'fact', revenue.id)
  await expect(evidenceHeading(page)).toHaveText(revenue.label)
  await expect(d.evidence.getByRole('blockquote')).toContainText(revenue.citations[0].quote)
  await expect(mark(d.awsResults, 'Revenue,')).toHaveAttribute('aria-pressed', 'true')

  // A search and a sort survive a reload.
  await d.search.fill('april')
  await expectParam(page, 'q', 'april')
  const rows = await d.factsTable.getByRole('rowheader').allTextContents()
  await page.reload()
  await expect(d.search).toHaveValue('april')
  await expect(header('Fact')).toHaveAttribute('aria-sort', 'descending')
  await expect(d.factsTable.getByRole('rowheader')).toHaveText(rows)

  // Screen readers hear the row count, and can skip the table.
  await expect(d.factsTable).toHaveAccessibleName(new RegExp(`^All facts: ${rows.length} rows?`))
  await d.factsRegion.getByRole('link', { name: new RegExp(`^Skip the table \\(${rows.length} rows?\\)$`) }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('End of the facts table')).toBeFocused()
})

test.describe('on a small phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true })

  test('an article opens with its marked quote in view under the dialog’s title bar, not behind it', async ({
    page,
  }) => {
    const cuts = fact('layoffs-2024-04')
    const { article: articleId, quote } = cuts.citations[0]
    const source = article(articleId)
    await openDashboard(page, `?fact=${cuts.id}&article=${articleId}`)
    const dialog = page.getByRole('dialog', { name: source.title ?? `Untitled article: “${source.description}` })
    await expect(marks(dialog).first()).toHaveText(quote)
    await expect(marks(dialog).first()).toBeInViewport()
    // The title bar (the title, then the publisher and date) stays at the dialog's top as the text scrolls under
    // it: the quote starts below it.
    const byline = dialog.getByText(source.publisher ?? 'publisher not named').first()
    const barEnd = (await byline.boundingBox())!
    const mark = (await marks(dialog).first().boundingBox())!
    expect(mark.y).toBeGreaterThanOrEqual(barEnd.y + barEnd.height)
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })

  test('the facts table is cards with all five fields and no sideways scroll; a sheet saying the fact is filtered out closes', async ({
    page,
  }) => {
    const share = fact('share-aws-2023-q4')
    const other = companies.find((c) => c.id !== share.company && factsWhere({ companies: [c.id] }).length > 0)!
    await openDashboard(page, `?company=${other.id}&fact=${share.id}`)
    const d = dashboard(page)

    const sheet = page.getByRole('dialog', { name: /^Evidence/ })
    await expect(
      sheet.getByRole('status').filter({ hasText: 'The selected fact is hidden by the current filters' }),
    ).toBeVisible()
    await expect(sheet).toBeInViewport()
    // The sheet covers the bottom of the screen, so the reader must be able to dismiss it.
    await sheet.getByRole('button', { name: /^Close/ }).tap()
    await expect(sheet).toBeHidden()
    await expectParam(page, 'fact', null)
    await expectParam(page, 'company', other.id)

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
