import { expect, test, type Page } from '@playwright/test'
import {
  article,
  claim,
  dashboard,
  disagreements,
  expandQuotes,
  fact,
  layoffMark,
  marks,
  moreQuotes,
  openDashboard,
  passageWith,
  tagsOf,
} from './fixtures.ts'

const cuts = fact('layoffs-2024-04')
const differ = disagreements.filter((d) => d.facts.includes(cuts.id))
/** Every quote the panel owes the reader for the April cuts: its citations and its disagreements' versions. */
const allQuotes = [
  ...cuts.citations.map((c) => c.quote),
  ...differ.flatMap((d) => d.versions.flatMap((v) => v.claims.flatMap((id) => claim(id).quotes))),
]

async function selectCuts(page: Page) {
  await openDashboard(page)
  await layoffMark(page, cuts.id)
    .getByText((cuts.value.words as string[])[0])
    .click()
  await expect(dashboard(page).evidence.getByRole('heading', { level: 2 })).toHaveText(cuts.label)
}

/** The tallest content in the evidence column: the panel itself, or what scrolls inside it. */
const panelHeight = (page: Page) =>
  dashboard(page).evidence.evaluate((el) =>
    Math.max(el.scrollHeight, ...[...el.querySelectorAll('*')].map((e) => e.scrollHeight)),
  )

test.describe('quotes grouped by article', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('“AWS job cuts” opens with three quotes and a count, and every quote once expanded', async ({ page }) => {
    await selectCuts(page)
    const evidence = dashboard(page).evidence
    expect(allQuotes.length).toBeGreaterThanOrEqual(48)

    await expect(evidence.getByRole('blockquote')).toHaveCount(3)
    const more = moreQuotes(evidence)
    await expect(more).toHaveText(/^\+\d+ more quotes from 5 articles$/)
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    const collapsed = await panelHeight(page)
    expect(collapsed).toBeLessThanOrEqual(2700)
    await page.screenshot({ path: 'test-results/evidence-aws-job-cuts-collapsed.png' })

    const hidden = Number((await more.textContent())!.match(/\d+/)![0])
    await more.click()
    const quotes = evidence.getByRole('blockquote')
    await expect(quotes).toHaveCount(3 + hidden)
    // Each sentence once: fewer passages than quotes, none twice.
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

    await evidence.getByRole('button', { name: 'Show the first 3 quotes only' }).click()
    await expect(evidence.getByRole('blockquote')).toHaveCount(3)
  })

  test('a sentence shows the roles and disagreements it serves as tags, with its words marked', async ({ page }) => {
    await selectCuts(page)
    const evidence = dashboard(page).evidence
    await expandQuotes(evidence)
    // Computer Weekly's sentence dates the cuts and names who sent the email: one passage, both tags.
    const dated = cuts.citations.find((c) => c.role === 'date' && c.quote.includes('3 April'))!
    const passage = passageWith(evidence, dated.quote)
    await expect(passage).toHaveCount(1)
    await expect(tagsOf(passage)).toContainText(['Dates it', 'Says who announced or produced it'])
    await expect(marks(passage)).toContainText(['3 April', 'Matt Garman'])
    // Only one article calls the Physical Stores cut significant: its sentence carries that disagreement.
    const size = differ.find((d) => d.id === 'physical-stores-cut-size')!
    const significant = passageWith(evidence, claim(size.versions[0].claims[0]).quotes[0])
    await expect(tagsOf(significant)).toContainText([`Differs: ${size.about}`])
  })

  test('“The articles differ” lists each version and the articles that put it so', async ({ page }) => {
    await selectCuts(page)
    const section = dashboard(page).evidence.getByRole('region', { name: 'The articles differ' })
    for (const d of differ) {
      const versions = section.getByRole('region', { name: d.about }).getByRole('listitem')
      await expect(versions).toHaveCount(d.versions.length)
      for (const [i, version] of d.versions.entries()) {
        await expect(versions.nth(i)).toContainText(version.says)
        for (const id of version.claims) {
          const source = article(claim(id).article)
          await expect(versions.nth(i)).toContainText(
            source.publisher ?? source.title ?? source.description!.split(' ').slice(0, 3).join(' '),
          )
        }
      }
    }
  })
})
