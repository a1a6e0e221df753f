import { expect, test, type Locator } from '@playwright/test'
import {
  companyName,
  dashboard,
  escapeRegExp,
  fact,
  facts,
  open,
  openDashboard,
  PAGE_LOAD,
  shownValue,
  slideOf,
  type YamlFact,
  valueCitations,
} from './fixtures.ts'

/*
 * "Which company grew faster?" answered beside each share, in the articles' words, on the dashboard, in an
 * embed and on a slide; the SVG export's are in export.spec.ts. Searching by the same words, the chips'
 * counts and the guidance when filters leave nothing are unit-tested (search-facts, chip-counts), and a
 * reader meets them in dashboard.spec.ts.
 */

/** The changes in share the articles state in words, and the share each belongs to. */
const changes = facts.filter((f) => f.metric === 'trend' && f.id.startsWith('share-'))
const levelOf = (change: YamlFact) =>
  facts.find(
    (f) => f.metric === 'market_share' && f.company === change.company && f.period.value === change.period.value,
  )!

/** A change's mark: "Microsoft Azure, change: Rose, …". */
const changeMark = (scope: Locator, f: YamlFact) =>
  scope.getByRole('button', {
    name: new RegExp(`^${escapeRegExp(companyName(f.company))}, change: ${escapeRegExp(f.value.claim!)}`),
  })
/** The words written beside its triangle: its first (a long claim wraps). */
const changeWords = (scope: Locator, f: YamlFact) =>
  changeMark(scope, f).getByText(new RegExp(`^${escapeRegExp(f.value.claim!.split(/[ ,]/)[0])}`))

test('the share chart says who grew faster in the articles’ words, on the dashboard, in an embed and on a slide', async ({
  page,
}) => {
  expect(changes.length).toBeGreaterThan(1)
  await openDashboard(page)
  const d = dashboard(page)
  for (const f of changes) await expect(changeMark(d.marketShare, f)).toBeVisible()
  // The summary sentence screen readers hear says it too, and that no rate is given.
  await expect(d.marketShare.getByText(/Changes in the articles’ words: .*The articles give no rate\./)).toBeAttached()

  // A click on the words selects, as on any mark, and the change and its level link to each other.
  const [rise] = changes.filter((f) => f.company !== 'aws')
  const level = levelOf(rise)
  await changeWords(d.marketShare, rise).first().click()
  await expect(d.evidence.getByRole('heading', { name: rise.label })).toBeVisible()
  await expect(d.evidence.getByRole('blockquote').first()).toContainText(valueCitations(rise)[0].quote)
  await d.evidence
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(`${level.label}, ${shownValue(level)}`)}`) })
    .click()
  await expect(d.evidence.getByRole('heading', { name: level.label })).toBeVisible()
  await d.evidence.getByRole('button', { name: rise.value.claim! }).click()
  await expect(d.evidence.getByRole('heading', { name: rise.label })).toBeVisible()

  // An embed: the compact evidence quotes the articles' own word.
  const fall = fact('share-aws-change-2023-q4')
  await open(page, './?view=embed&chart=market-share')
  await changeWords(page.locator('body'), fall).click(PAGE_LOAD)
  await expect(page.getByRole('region', { name: /^Evidence:/ }).getByRole('blockquote')).toContainText(
    (fall.value.words as string[])[0],
  )

  // A slide.
  const other = changes.filter((f) => f.company !== 'aws').at(-1)!
  await open(page, './?view=present&slide=1')
  await expect(page.getByText(slideOf(1))).toBeVisible(PAGE_LOAD)
  await expect(changeMark(page.getByRole('figure'), other)).toBeVisible()
  await changeWords(page.getByRole('figure'), other).click()
  await expect(page.getByRole('blockquote')).toContainText(valueCitations(other)[0].quote)
})
