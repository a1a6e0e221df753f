import { expect, test, type Download, type Page } from '@playwright/test'
import Papa from 'papaparse'
import { readFileSync } from 'node:fs'
import {
  article,
  articleCount,
  articles,
  claim,
  dashboard,
  disagreements,
  escapeRegExp,
  expandQuotes,
  fact,
  facts,
  layoffMark,
  marks,
  openDashboard,
  slideCount,
  slideOf,
  upTo,
  passageWith,
  statedBy,
  tagsOf,
  valueCitations,
  type YamlFact,
} from './fixtures.ts'

/** How a source line would name an article by its file: "Article 000", or the id itself. */
const ARTICLE_ID = /Article \d{3}\b|\b\d{3}_[0-9a-f]{16}\b/

const cuts = fact('layoffs-2024-04')
const quotesOf = (f: YamlFact, role: string) => f.citations.filter((c) => c.role === role)
const evidenceHeading = (page: Page) => dashboard(page).evidence.getByRole('heading', { level: 2 })

/** Selects the April cuts as a reader would: by the words written over their band. */
async function selectCuts(page: Page) {
  await openDashboard(page)
  await layoffMark(page, cuts.id)
    .getByText((cuts.value.words as string[])[0])
    .click()
  await expect(evidenceHeading(page)).toHaveText(cuts.label)
}

test.describe('evidence by what each quote supports', () => {
  test('the April 2024 cuts tag the sentences that date them and name who announced them', async ({ page }) => {
    await selectCuts(page)
    const d = dashboard(page)
    // Only the quotes that state the number count as stating it.
    await expect(statedBy(d.evidence, cuts)).toBeVisible()
    expect(articleCount(cuts)).toBe(articles.length)
    await expandQuotes(d.evidence)
    for (const c of valueCitations(cuts))
      await expect(tagsOf(passageWith(d.evidence, c.quote))).toContainText(['States the value'])

    for (const c of quotesOf(cuts, 'date'))
      await expect(tagsOf(passageWith(d.evidence, c.quote))).toContainText(['Dates it'])
    const dated = d.evidence.getByRole('listitem').filter({ has: page.getByText('Dates it', { exact: true }) })
    await expect(marks(dated)).toContainText(['3 April', 'Wednesday', 'Wednesday'])

    for (const c of quotesOf(cuts, 'attribution'))
      await expect(tagsOf(passageWith(d.evidence, c.quote))).toContainText(['Says who announced or produced it'])
    await expect(marks(d.evidence).filter({ hasText: 'Matt Garman' })).toHaveCount(3)

    // The period is marked as a year the articles do not print, and the mark is explained.
    await expect(
      d.evidence
        .getByRole('definition')
        .filter({ hasText: /^3 Apr 2024\*/ })
        .first(),
    ).toBeVisible()
    await expect(d.evidence.getByText(/^\* Year inferred: .*Wednesday/)).toBeVisible()
  })

  test('a fact whose articles disagree tags every version’s sentences with what they differ on', async ({ page }) => {
    const differ = disagreements.filter((x) => x.facts.includes(cuts.id))
    expect(differ.length).toBeGreaterThan(1)
    await selectCuts(page)
    const evidence = dashboard(page).evidence
    const section = evidence.getByRole('region', { name: 'The articles differ' })
    await expandQuotes(evidence)
    for (const d of differ) {
      const versions = section.getByRole('region', { name: d.about }).getByRole('listitem')
      await expect(versions).toHaveCount(d.versions.length)
      for (const [i, version] of d.versions.entries()) {
        await expect(versions.nth(i)).toContainText(version.says)
        await expect(versions.nth(i)).not.toContainText(ARTICLE_ID)
        // Each version's sentences are among the quotes, tagged with the disagreement, the version on hover.
        for (const quote of version.claims.flatMap((id) => claim(id).quotes)) {
          const tag = tagsOf(passageWith(evidence, quote)).filter({ hasText: `Differs: ${d.about}` })
          await expect(tag).toHaveAttribute('title', version.says)
        }
      }
    }
  })

  test('the article view shows the page chrome that names the publisher, so it can be checked in place', async ({
    page,
  }) => {
    const converge = articles.find((a) => a.publisher === 'Converge360')!
    await selectCuts(page)
    await expandQuotes(dashboard(page).evidence)
    const group = statedBy(dashboard(page).evidence, cuts).getByRole('region', { name: converge.title! })
    await group.getByRole('button', { name: 'Read in article' }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(converge.title!)
    const about = dialog.getByRole('region', { name: 'About this article' })
    const publisher = about.getByRole('definition').filter({ hasText: /^Converge360/ })
    await expect(publisher.getByRole('blockquote')).toHaveText(`“${converge.publisherEvidence}”`)
    await expect(publisher).toContainText('left out of the text above')
    // The chrome is not in the article's text itself: the cleaning dropped it.
    await expect(dialog.getByRole('article')).not.toContainText(converge.publisherEvidence!)
  })
})

test.describe('sources named by label, never by article number', () => {
  const charts = ['Cloud infrastructure market share', 'AWS revenue and operating profit', 'Amazon layoff waves']

  test('on the dashboard every chart names its articles by title, publisher or opening words', async ({ page }) => {
    await openDashboard(page)
    // The card's source is one line; its Sources view, one click away, names every article.
    const sourcesOf = async (name: string) => {
      const chart = page.getByRole('region', { name })
      await expect(chart).toContainText('Source: ')
      await chart.getByRole('button', { name: 'Sources', exact: true }).click()
      return chart.getByRole('region', { name: 'Sources' })
    }
    for (const name of charts) {
      const sources = await sourcesOf(name)
      await expect(sources).toContainText('Reported in')
      await expect(sources).not.toContainText(ARTICLE_ID)
    }
    const untitled = articles.find((a) => !a.title && !a.publisher)!
    await expect(page.getByRole('region', { name: charts[0] }).getByRole('region', { name: 'Sources' })).toContainText(
      `Untitled article: “${untitled.description}`,
    )
    const layoffs = page.getByRole('region', { name: charts[2] }).getByRole('region', { name: 'Sources' })
    for (const a of articles.filter((x) => x.publisher))
      await expect(layoffs).toContainText(`${a.title} — ${a.publisher}`)
    await expect(page.locator('body')).not.toContainText(ARTICLE_ID)
  })

  test('an embed names its articles by label, in its source line and its evidence popover', async ({ page }) => {
    for (const chart of ['market-share', 'aws-results', 'layoffs']) {
      await page.goto(`./?view=embed&chart=${chart}`)
      await expect(page.getByText(/^Source: /)).toBeVisible()
      await expect(page.locator('body')).not.toContainText(ARTICLE_ID)
    }
    // The embed draws the chart alone: the mark is found by its name, as on the dashboard.
    await page
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(cuts.label)},`) })
      .getByText((cuts.value.words as string[])[0])
      .click()
    const popover = page.getByRole('region', { name: `Evidence: ${cuts.label}` })
    await expect(popover).toContainText('The articles differ on')
    await expect(popover).toContainText('3 Apr 2024*')
    await expect(popover).not.toContainText(ARTICLE_ID)
  })

  test('every slide names its articles by label', async ({ page }) => {
    for (const slide of upTo(await slideCount(page))) {
      await page.goto(`./?view=present&slide=${slide}`)
      await expect(page.getByText(slideOf(slide))).toBeVisible()
      await expect(page.getByText(/^Source: /)).toBeVisible()
      await expect(page.locator('body')).not.toContainText(ARTICLE_ID)
    }
  })

  test('the SVG export names its articles by label', async ({ page }) => {
    await openDashboard(page)
    const chart = page.getByRole('region', { name: 'Amazon layoff waves' })
    await chart.getByRole('button', { name: /^Export/ }).click()
    const download = page.waitForEvent('download')
    await page.getByRole('menuitem', { name: /^SVG/ }).click()
    const svg = readFileSync((await (await download).path())!, 'utf8')
    expect(svg).toContain('Computer Weekly')
    expect(svg).not.toMatch(ARTICLE_ID)
  })
})

test.describe('Download all facts (CSV)', () => {
  const COLUMNS = [
    'fact_id',
    'label',
    'period',
    'period_iso',
    'period_start',
    'period_end',
    'year_inferred',
    'event_date_iso',
    'value',
    'value_words',
    'range_min',
    'range_max',
    'formula',
    'articles',
    'publishers',
    'articles_differ',
  ]

  async function downloadAll(page: Page): Promise<Download> {
    await openDashboard(page)
    const download = page.waitForEvent('download')
    await dashboard(page).factsRegion.getByRole('link', { name: 'Download all facts (CSV)' }).click()
    return download
  }

  test('is the data package’s facts.csv: one row per fact, with the columns a journalist needs', async ({ page }) => {
    const download = await downloadAll(page)
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    const bytes = readFileSync((await download.path())!)
    expect(bytes.equals(await (await page.request.get('data/package/facts.csv')).body())).toBe(true)
    const text = bytes.toString('utf8')
    const { data, errors, meta } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
    expect(errors).toEqual([])
    for (const column of COLUMNS) expect(meta.fields).toContain(column)
    expect(data.map((r) => r.fact_id)).toEqual(facts.map((f) => f.id))

    const row = (id: string) => data.find((r) => r.fact_id === id)!
    const cutsRow = row(cuts.id)
    expect(cutsRow).toMatchObject({ period: '3 Apr 2024*', period_iso: '2024-04-03', year_inferred: 'true', value: '' })
    expect(cutsRow.value_words).toBe((cuts.value.words as string[]).join(' / '))
    expect([cutsRow.range_min, cutsRow.range_max]).toEqual(['200', '999'])
    const stating = [...new Set(valueCitations(cuts).map((c) => c.article))].map(article)
    expect(cutsRow.articles.split(' | ')).toEqual(
      stating.map((a) => expect.stringContaining(a.title ?? a.description!)),
    )
    expect(cutsRow.publishers.split(' | ')).toEqual(stating.map((a) => a.publisher ?? 'publisher not named'))
    expect(cutsRow.articles_differ).toContain('Who announced the cuts')

    const others = row('share-others-2023-q4')
    expect(others.formula).toMatch(/^100% − .* = 34%$/)
    expect(others).toMatchObject({ period_iso: '2023-Q4', period_start: '2023-10-01', period_end: '2023-12-31' })
    expect(text).not.toMatch(ARTICLE_ID)
  })
})
