import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import type { Draft } from '../../scripts/article/draft.ts'
import { REVIEW_API, REVIEW_HEADING, REVIEW_PAGE } from '../../scripts/review/review-api.ts'
import { DEV_PORT, FIXTURE, SCRATCH } from './scratch.ts'

const DATA = resolve(import.meta.dirname, '../../data')
const FILES = ['facts.yaml', 'claims.yaml', 'sources/articles.yaml']
const read = (file: string) => readFileSync(join(SCRATCH.data, file), 'utf8')
const dataNow = () => [...FILES.map(read), readdirSync(join(SCRATCH.data, 'sources/raw'))]

/** The draft article:add wrote for the fixture when the server started: what the page is expected to show. */
let draft: Draft
let draftFile: string

test.beforeAll(() => {
  const [file] = readdirSync(SCRATCH.proposed)
  draftFile = join(SCRATCH.proposed, file)
  draft = JSON.parse(readFileSync(draftFile, 'utf8')) as Draft
})

/** The lines of `before` that `after` no longer has in the same order: none, when a save only added lines. */
function linesMissing(before: string, after: string): string[] {
  const lines = after.split('\n')
  let at = 0
  return before.split('\n').filter((line) => {
    while (at < lines.length && lines[at] !== line) at++
    return at++ >= lines.length
  })
}

// Each test starts from the dataset as the checkout has it and the draft waiting in drafts/. The folder stays
// (the dev server watches it); what a save added is taken away. The save that writes comes last: putting data/
// back after it reloads the page the dev server has open whenever the watcher reports it.
test.beforeEach(() => {
  cpSync(DATA, SCRATCH.data, { recursive: true })
  rmSync(join(SCRATCH.data, 'sources/raw', draft.raw.file), { force: true })
  mkdirSync(SCRATCH.drafts, { recursive: true })
  cpSync(draftFile, join(SCRATCH.drafts, `${draft.article.id}.json`))
})

const claimOf = (sentence: number) => draft.claims.find((c) => c.sentence === sentence)!
const inDisagreement = (claimId: string) =>
  draft.disagreements.some((d) => d.versions.some((v) => v.claims.includes(claimId))) ||
  draft.joins.some((j) => j.claim === claimId)
const panelOf = (page: Page, sentence: number) => page.getByRole('region', { name: `Sentence ${sentence + 1}` })
const progress = (page: Page) => page.getByText(/ sentences reviewed · /)

async function openDraft(page: Page) {
  await page.goto(REVIEW_PAGE)
  await expect(page.getByRole('heading', { level: 1, name: REVIEW_HEADING })).toBeVisible()
  await page.getByRole('link', { name: draft.article.title! }).click()
  await expect(progress(page)).toContainText(`0 of ${draft.claims.length} sentences reviewed`)
}

/** Chooses a sentence in the article's text, and its proposal opens beside it. */
async function choose(page: Page, sentence: number) {
  await page.getByRole('link', { name: claimOf(sentence).quotes.at(-1) }).click()
  await expect(panelOf(page, sentence)).toBeFocused()
  return panelOf(page, sentence)
}

/** Chooses each sentence still to review (those not in `decided`) and accepts its proposal. */
async function acceptTheRest(page: Page, decided: readonly number[]) {
  const total = draft.claims.length
  const rest = draft.claims.filter((c) => !decided.includes(c.sentence))
  for (const [i, claim] of rest.entries()) {
    const panel = await choose(page, claim.sentence)
    await panel.getByRole('button', { name: 'Accept' }).click()
    await expect(progress(page)).toContainText(`${decided.length + i + 1} of ${total} sentences reviewed`)
  }
}

test('a save the dataset checks refuse names the problem beside its sentence and leaves data/ as it was', async ({
  page,
}) => {
  const before = dataNow()
  await openDraft(page)

  // A figure its sentence does not state.
  const [wrong] = draft.facts
  const amount = (wrong.fact.value as { amount: number }).amount + 5
  const panel = await choose(page, wrong.review.sentence)
  await panel.getByRole('button', { name: `Edit ${wrong.fact.label}` }).click()
  await panel.getByLabel('Value').fill(String(amount))
  await panel.getByRole('button', { name: 'Done' }).click()
  await acceptTheRest(page, [])
  await page.getByRole('button', { name: 'Save to the dataset' }).click()

  await expect(page.getByRole('alert')).toContainText('The dataset checks refused the draft')
  // Beside the sentence in the text, and in its proposal, which the page selects.
  const sentence = `Sentence ${wrong.review.sentence + 1}`
  const inText = page
    .getByRole('region', { name: 'The article, sentence by sentence' })
    .getByRole('list', { name: 'The dataset checks refused' })
  await expect(inText).toContainText(`${sentence}: facts.yaml › ${wrong.fact.id}`)
  await expect(
    panelOf(page, wrong.review.sentence).getByRole('list', { name: 'The dataset checks refused' }),
  ).toContainText(wrong.fact.id)
  expect(dataNow()).toEqual(before)
  expect(existsSync(join(SCRATCH.drafts, `${draft.article.id}.json`))).toBe(true)
})

test('a page of another origin open in the same browser cannot save a draft', async ({ page }) => {
  const before = dataNow()
  // Another server on this machine: Chromium stops a public site's request to localhost itself (Private Network
  // Access), so the page is served from loopback for its request to reach the dev server's own check.
  const elsewhere = createServer((_, res) => res.end('<!doctype html><title>Elsewhere</title>'))
  // Any free port: another origin is all it needs to be.
  await new Promise<void>((done) => elsewhere.listen(0, 'localhost', done))
  try {
    await page.goto(`http://localhost:${(elsewhere.address() as AddressInfo).port}/`)
    const body = readFileSync(join(SCRATCH.drafts, `${draft.article.id}.json`), 'utf8')
    const save = `http://localhost:${DEV_PORT}${REVIEW_API}/save`
    const answered = page.waitForResponse(save)
    // A form-like post needs no permission from the server (no CORS preflight): the server's check must refuse it.
    await page.evaluate(
      ([url, draftBody]) => fetch(url, { method: 'POST', mode: 'no-cors', body: draftBody }).catch(() => null),
      [save, body],
    )
    expect((await answered).status()).toBe(403)
    expect(dataNow()).toEqual(before)
  } finally {
    elsewhere.close()
  }
})

test('a reviewer accepts, edits and leaves out sentences, keeps the work over a reload, and saves it to data/', async ({
  page,
}) => {
  await openDraft(page)

  // Edit a new fact's source, then accept its sentence.
  const [edited] = draft.facts
  const source = `${edited.fact.source} research`
  let panel = await choose(page, edited.review.sentence)
  await panel.getByRole('button', { name: `Edit ${edited.fact.label}` }).click()
  await panel.getByLabel('Source (who produced the number)').fill(source)
  await panel.getByRole('button', { name: 'Done' }).click()
  await expect(panel.getByText(source, { exact: true })).toBeVisible()
  await panel.getByRole('button', { name: 'Accept' }).click()

  // Reject another sentence carried by new facts: it is left out, for the reason written.
  const rejected = draft.claims.find((c) => c.facts && c.sentence !== edited.review.sentence && !inDisagreement(c.id))!
  const reason = 'A total the dashboard does not chart; the share sentences carry this article.'
  panel = await choose(page, rejected.sentence)
  await panel.getByRole('button', { name: 'Reject: leave out…' }).click()
  await panel.getByLabel('Why does the dataset leave this sentence out?').fill(reason)
  await panel.getByRole('button', { name: 'Leave out' }).click()
  await expect(progress(page)).toContainText(`2 of ${draft.claims.length} sentences reviewed`)

  // A disagreement the draft found is shown with the dataset's figure beside the article's.
  const [differs] = draft.disagreements
  const differing = draft.claims.find((c) => differs.versions.at(-1)!.claims.includes(c.id))!
  panel = await choose(page, differing.sentence)
  await expect(panel.getByRole('heading', { name: `Disagrees with the dataset: ${differs.about}` })).toBeVisible()
  for (const version of differs.versions) await expect(panel.getByText(version.says)).toBeVisible()

  // A reload keeps the review: the edit, and both verdicts.
  await page.reload()
  await expect(progress(page)).toContainText(`2 of ${draft.claims.length} sentences reviewed`)
  await expect(page.getByRole('link', { name: claimOf(rejected.sentence).quotes[0] })).toHaveAccessibleName(/left out/)
  panel = await choose(page, edited.review.sentence)
  await expect(panel.getByText(source, { exact: true })).toBeVisible()
  await expect(panel.getByText('Accepted.')).toBeVisible()

  await acceptTheRest(page, [edited.review.sentence, rejected.sentence])
  await page.getByRole('button', { name: 'Save to the dataset' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Saved ${draft.article.id} to the dataset` })).toBeVisible()

  // What the review decided is in data/, appended; the draft's file is gone.
  const fixture = readFileSync(resolve(import.meta.dirname, '../..', FIXTURE.file), 'utf8')
  expect(readFileSync(join(SCRATCH.data, 'sources/raw', draft.raw.file), 'utf8')).toBe(fixture)
  expect(read('facts.yaml')).toContain(`    source: ${source}\n`)
  expect(read('claims.yaml')).toContain(`    leftOut: ${reason}\n`)
  for (const id of rejected.facts!) expect(read('facts.yaml')).not.toContain(`- id: ${id}\n`)
  for (const f of FILES) expect(linesMissing(readFileSync(join(DATA, f), 'utf8'), read(f)), f).toEqual([])
  expect(existsSync(join(SCRATCH.drafts, `${draft.article.id}.json`))).toBe(false)
})
