import { expect, test } from '@playwright/test'
import {
  ARTICLE_ID,
  article,
  articleLines,
  articles,
  claim,
  dashboard,
  disagreements,
  fact,
  layoffMark,
  marks,
  moreQuotes,
  openDashboard,
  passageWith,
  statedBy,
  tagsOf,
  valueCitations,
} from './fixtures.ts'

/*
 * The evidence of the most quoted fact, the April cuts: its quotes grouped by article, each sentence once, tagged
 * with what it supports and where the articles differ; and the article view's account of who published it. How
 * quotes are grouped and ordered is unit-tested in src/features/evidence/group-quotes.test.ts.
 */

const cuts = fact('layoffs-2024-04')
const differ = disagreements.filter((d) => d.facts.includes(cuts.id))
const versionQuotes = (claims: string[]) => claims.flatMap((id) => claim(id).quotes)
/** Every quote the panel owes the reader for the April cuts: its citations and its disagreements' versions. */
const allQuotes = [
  ...cuts.citations.map((c) => c.quote),
  ...differ.flatMap((d) => d.versions.flatMap((v) => versionQuotes(v.claims))),
]

test('“AWS job cuts”: three quotes first, then every quote once, grouped by article, tagged with what it supports and where the articles differ', async ({
  page,
}) => {
  test.slow()
  await page.setViewportSize({ width: 1440, height: 900 })
  await openDashboard(page)
  await layoffMark(page, cuts.id)
    .getByText((cuts.value.words as string[])[0])
    .click()
  const evidence = dashboard(page).evidence
  await expect(evidence.getByRole('heading', { level: 2 })).toHaveText(cuts.label)
  expect(allQuotes.length).toBeGreaterThan(3)

  // Three quotes, and a count of the rest.
  await expect(evidence.getByRole('blockquote')).toHaveCount(3)
  const more = moreQuotes(evidence)
  await expect(more).toHaveAttribute('aria-expanded', 'false')
  const tallest = () =>
    evidence.evaluate((el) => Math.max(el.scrollHeight, ...[...el.querySelectorAll('*')].map((e) => e.scrollHeight)))
  const collapsed = await tallest()
  const hidden = Number((await more.textContent())!.match(/\d+/)![0])

  // Every quote once: fewer passages than quotes, as a sentence may carry several.
  const shownFirst = await evidence.getByRole('blockquote').allTextContents()
  await more.focus()
  await page.keyboard.press('Enter')
  const quotes = evidence.getByRole('blockquote')
  await expect(quotes).toHaveCount(3 + hidden)
  // The added quotes go in among the first and push the button down: the focus lands on the first of them, in view.
  const firstAdded = (await quotes.allTextContents()).find((q) => !shownFirst.includes(q))!
  const landed = evidence
    .getByRole('listitem')
    .filter({ has: page.getByRole('blockquote').filter({ hasText: firstAdded }) })
  await expect(landed).toBeFocused()
  await expect(landed).toBeInViewport()
  // The quotes held back are what made the first view shorter.
  expect(await tallest()).toBeGreaterThan(collapsed)
  const texts = await quotes.allTextContents()
  expect(new Set(texts).size).toBe(texts.length)
  expect(texts.length).toBeLessThan(allQuotes.length)
  for (const quote of allQuotes) await expect(quotes.filter({ hasText: quote }), quote).toHaveCount(1)

  // Grouped by article: a heading per article, by its label, never its file number.
  const headings = evidence.getByRole('heading', { level: 4 })
  for (const id of new Set(cuts.citations.map((c) => c.article))) {
    const a = article(id)
    await expect(headings.filter({ hasText: a.title ?? a.description! })).toHaveCount(1)
  }
  await expect(statedBy(evidence, cuts)).toBeVisible()

  // Each sentence tagged with what it supports, the words that do it marked.
  const TAGS = { value: 'States the value', date: 'Dates it', attribution: 'Says who announced or produced it' }
  for (const c of cuts.citations) {
    const role = (c.role ?? 'value') as keyof typeof TAGS | 'detail'
    if (role === 'detail') continue
    const passage = passageWith(evidence, c.quote)
    await expect(tagsOf(passage), c.quote).toContainText([TAGS[role]])
    if (c.mark) await expect(marks(passage).filter({ hasText: c.mark }), c.mark).not.toHaveCount(0)
  }
  expect(valueCitations(cuts).length).toBeLessThan(cuts.citations.length)
  // The date is marked as a year the articles do not print, and the mark is explained.
  await expect(
    evidence
      .getByRole('definition')
      .filter({ hasText: /^\d+ \w+ \d{4}\*/ })
      .first(),
  ).toBeVisible()
  await expect(evidence.getByText(/^\* Year inferred: /)).toBeVisible()

  // Where the articles differ: each version, the articles that put it so, and its sentences tagged with it.
  expect(differ.length).toBeGreaterThan(1)
  const section = evidence.getByRole('region', { name: 'The articles differ' })
  for (const d of differ) {
    const versions = section.getByRole('region', { name: d.about }).getByRole('listitem')
    await expect(versions).toHaveCount(d.versions.length)
    for (const [i, version] of d.versions.entries()) {
      await expect(versions.nth(i)).toContainText(version.says)
      await expect(versions.nth(i)).not.toContainText(ARTICLE_ID)
      for (const id of version.claims) {
        const source = article(claim(id).article)
        await expect(versions.nth(i)).toContainText(
          source.publisher ?? source.title ?? source.description!.split(' ').slice(0, 3).join(' '),
        )
      }
      for (const quote of versionQuotes(version.claims)) {
        const tag = tagsOf(passageWith(evidence, quote)).filter({ hasText: `Differs: ${d.about}` })
        await expect(tag).toHaveAttribute('title', version.says)
      }
    }
  }

  // An article whose publisher is named only in page chrome the cleaning drops: the article view quotes it.
  const chromed = articles.find(
    (a) =>
      a.title &&
      a.publisherEvidence &&
      cuts.citations.some((c) => c.article === a.id) &&
      !articleLines(a.id).some((l) => l.includes(a.publisherEvidence!)),
  )!
  expect(chromed, 'an article whose publisher is named outside its text').toBeDefined()
  await statedBy(evidence, cuts)
    .getByRole('region', { name: chromed.title! })
    .getByRole('button', { name: 'Read in article' })
    .click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(chromed.title!)
  const publisher = dialog
    .getByRole('region', { name: 'About this article' })
    .getByRole('definition')
    .filter({ hasText: new RegExp(`^${chromed.publisher}`) })
  await expect(publisher.getByRole('blockquote')).toHaveText(`“${chromed.publisherEvidence}”`)
  await expect(publisher).toContainText('left out of the text above')
  await expect(dialog.getByRole('article')).not.toContainText(chromed.publisherEvidence!)
  await page.keyboard.press('Escape')

  await evidence.getByRole('button', { name: 'Show the first 3 quotes only' }).click()
  await expect(evidence.getByRole('blockquote')).toHaveCount(3)
})
