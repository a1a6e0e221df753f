import { expect, test, type Page, type Route } from '@playwright/test'
import {
  awsShareMark,
  chart,
  companyName,
  dashboard,
  expectParam,
  fact,
  marks,
  open,
  openDashboard,
  PAGE_LOAD,
} from './fixtures.ts'

/*
 * What a reader sees when data/dataset.json is missing, broken, invalid or slow:
 * a message that names the file (and the failing field), never a blank page,
 * no silent retries, and a Retry that recovers once the file is back. No test
 * reads the clock: retries are counted, and a slow server is one that the test
 * holds back while it moves the page's clock on.
 */

const FILE = 'data/dataset.json'
const ERROR_TITLE = 'The dashboard’s data could not be loaded'

type Dataset = {
  facts: {
    id: string
    label: string
    value: Record<string, unknown>
    period: { value: string | null }
    citations: { article: string }[]
  }[]
}
type Serve = (route: Route) => Promise<void>

declare global {
  interface Window {
    __datasetFetches?: number
  }
}

const serveReal: Serve = (route) => route.continue()

/**
 * Routes the dataset through `serve`, switchable later (to test Retry), and counts the page's requests for it.
 * They are counted where the page makes them, at fetch(): what the page asks for, whatever a cache or a
 * service worker answers from.
 */
async function routeDataset(page: Page, serve: Serve) {
  const state = { serve }
  await page.addInitScript((file) => {
    window.__datasetFetches = 0
    const fetch = window.fetch.bind(window)
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input)
      if (url.endsWith(file)) window.__datasetFetches! += 1
      return fetch(input, init)
    }
  }, FILE)
  await page.route(`**/${FILE}`, (route) => state.serve(route))
  return state
}

/** How many times the page has asked for the dataset so far. */
const requestCount = (page: Page) => page.evaluate(() => window.__datasetFetches)

/** Serves the real dataset with `mutate` applied. */
const serveMutated =
  (mutate: (d: Dataset) => void): Serve =>
  async (route) => {
    const response = await route.fetch()
    const json = (await response.json()) as Dataset
    mutate(json)
    await route.fulfill({ response, json })
  }

const errorAlert = (page: Page) => page.getByRole('alert').filter({ hasText: ERROR_TITLE })
const retryButton = (page: Page) => errorAlert(page).getByRole('button', { name: 'Retry' })

/** Something a reader can read is on screen. */
async function expectNotBlank(page: Page) {
  const text = (await page.locator('body').innerText()).trim()
  expect(text.length, 'visible text on the page').toBeGreaterThan(20)
}

/**
 * The error names the file and the problem, after exactly `requests` requests. The query shows its error only once
 * it has stopped retrying, so the count read then is final: 1 means not retried, 2 retried once. How long a retry
 * waits is the query client's setting, tested on a fake clock in src/app/query-client.test.ts.
 */
async function expectLoadError(page: Page, message: RegExp, requests: 1 | 2) {
  const alert = errorAlert(page)
  // The first wait after the page's load: as long as a page load may take on a busy machine.
  await expect(alert).toBeVisible(PAGE_LOAD)
  expect(await requestCount(page), `requests for ${FILE}`).toBe(requests)
  await expect(alert).toContainText(FILE)
  await expect(alert).toContainText(message)
  await expectNotBlank(page)
}

/** Once the file is back, one click on Retry makes one request and shows the dashboard. */
async function expectRetryRecovers(page: Page, state: { serve: Serve }) {
  const before = await requestCount(page)
  state.serve = serveReal
  await retryButton(page).click()
  await expect(dashboard(page).factsHeading).toBeVisible()
  await expect(errorAlert(page)).toHaveCount(0)
  await expect(dashboard(page).company(companyName('aws'))).toBeVisible()
  expect(await requestCount(page), 'requests made by one Retry').toBe(before! + 1)
}

test('a missing dataset (404) is not retried, says so, and Retry loads it once it is back', async ({ page }) => {
  const state = await routeDataset(page, (route) =>
    route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' }),
  )
  await page.goto('./')
  await expectLoadError(page, /404/, 1)
  await expectRetryRecovers(page, state)
})

// A network error takes the same way (retried once, then explained): src/app/query-client.test.ts and
// src/features/dataset/api.test.ts cover it, as they cover truncated JSON, which fails as a 404 does.
test('a server error (500) is retried once, then explained, and Retry recovers', async ({ page }) => {
  const state = await routeDataset(page, (route) => route.fulfill({ status: 500, body: 'boom' }))
  await page.goto('./')
  await expectLoadError(page, /500/, 2)
  await expectRetryRecovers(page, state)
})

// What each schema problem says (a wrong type, a citation of an article that does not exist, an unknown company)
// is unit-tested in src/features/dataset/api.test.ts: the page lists them all alike.
test('a value of the wrong type is reported with its path (facts[i].value.amount)', async ({ page }) => {
  const share = fact('share-aws-2023-q4')
  let index = -1
  const state = await routeDataset(
    page,
    serveMutated((d) => {
      index = d.facts.findIndex((f) => f.id === share.id)
      d.facts[index].value.amount = String(share.value.amount)
    }),
  )
  await page.goto('./')
  await expectLoadError(page, /does not match the dataset schema/, 1)
  expect(index).toBeGreaterThanOrEqual(0)
  const problem = errorAlert(page)
    .getByRole('listitem')
    .filter({ hasText: `facts[${index}].value.amount` })
  await expect(problem).toHaveCount(1)
  await expect(problem).toContainText(/number/)
  await expectRetryRecovers(page, state)
})

test('a slow server: the built charts show at once, then a word that the data is slow, then the dashboard', async ({
  page,
}) => {
  // The page's clock, moved on by the test: the server is "slow" because the test holds its answer back, not
  // because this machine happens to be.
  await page.clock.install()
  let answer!: () => void
  const answered = new Promise<void>((resolve) => (answer = resolve))
  await routeDataset(page, async (route) => {
    const response = await route.fetch()
    await answered
    await route.fulfill({ response })
  })
  await page.goto('./')
  // The charts and their numbers are in the page as built: nothing waits for the data to show them.
  await expect(
    dashboard(page).marketShare.getByRole('img', { name: new RegExp(`^${companyName('aws')}: 31%`) }),
  ).toBeVisible()
  const slow = page.getByRole('status').filter({ hasText: `Loading ${FILE}` })
  await expect(slow).toHaveCount(0)
  await page.clock.fastForward('00:10')
  await expect(slow).toContainText('taking longer than usual')
  await expect(errorAlert(page)).toHaveCount(0)
  answer()
  await expect(dashboard(page).factsHeading).toBeVisible()
  await expect(slow).toHaveCount(0)
  expect(await requestCount(page), 'a slow answer is waited for, not asked again').toBe(1)
})

test('extreme but valid values in one chart leave every chart drawn', async ({ page }) => {
  // No schema-valid dataset is known to make a single chart throw; these are the values most likely to.
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await routeDataset(
    page,
    serveMutated((d) => {
      const wave = d.facts.find((f) => f.id === 'layoffs-2023-03')!
      wave.value.amount = 1.7e308
      const share = d.facts.find((f) => f.id === 'share-google-cloud-2023-q4')!
      share.value.amount = -11
    }),
  )
  await page.goto('./')
  const d = dashboard(page)
  await expect(d.factsHeading).toBeVisible(PAGE_LOAD)
  for (const chart of [d.marketShare, d.awsResults, d.layoffs]) {
    await expect(chart.getByRole('button', { name: /Show sources$/ }).first()).toBeVisible()
    await expect(chart.getByText('could not be shown')).toHaveCount(0)
  }
  await expect(d.marketShare.getByRole('button', { name: new RegExp(`^${companyName('aws')}: 31%`) })).toBeVisible()
  expect(errors).toEqual([])
})

// A dataset that has grown over quarters: a long group of chips shows part of itself, so the charts are not pushed
// screens down on a phone, and offers the rest.
test('sixteen quarters: the filter shows the latest eight, the undated and the chosen one, and All 17 periods the rest', async ({
  page,
}) => {
  await routeDataset(
    page,
    serveMutated((d) => {
      const dated = d.facts.filter((f) => f.period.value)
      dated.forEach((f, i) => (f.period.value = `${2020 + Math.floor((i % 16) / 4)}-Q${(i % 4) + 1}`))
    }),
  )
  await page.setViewportSize({ width: 412, height: 900 })
  await page.goto('./?period=2020-Q2')
  const periods = page.getByRole('group', { name: 'Period' })
  const chips = periods.locator('button[aria-pressed]')
  await expect(chips).toHaveCount(10, PAGE_LOAD)
  await expect(periods.getByRole('button', { name: /^Undated/ })).toBeVisible()
  await expect(periods.getByRole('button', { name: /^Q2 2020/ })).toHaveAttribute('aria-pressed', 'true')
  await expect(periods.getByRole('button', { name: /^Q1 2021/ })).toHaveCount(0)
  await expect(periods.getByRole('button', { name: /^Q4 2023/ })).toBeVisible()
  const all = periods.getByRole('button', { name: 'All 17 periods' })
  await expect(all).toHaveAttribute('aria-expanded', 'false')
  await all.click()
  await expect(chips).toHaveCount(17)
  await periods.getByRole('button', { name: /^Q1 2021/ }).click()
  await expectParam(page, 'period', '2020-Q2,2021-Q1')
  await periods.getByRole('button', { name: 'Fewer periods' }).click()
  await expect(chips).toHaveCount(11)
  // Released, a chip outside the latest eight stays where it was, with the focus, until the list is next opened or
  // closed.
  const old = periods.getByRole('button', { name: /^Q2 2020/ })
  await old.click()
  await expectParam(page, 'period', '2021-Q1')
  await expect(old).toHaveAttribute('aria-pressed', 'false')
  await expect(old).toBeFocused()
  await all.click()
  await periods.getByRole('button', { name: 'Fewer periods' }).click()
  await expect(chips).toHaveCount(10)
})

// One reader's journey through the files read after the dataset: the quotes come late, then fail, then come on
// Retry; the article texts fail, then come on Retry. The charts answer throughout.
test('the quotes on their way and then missing, and missing article texts: each says which file, the charts still respond, and Retry brings them', async ({
  page,
}) => {
  const share = fact('share-aws-2023-q4')
  const notFound: Serve = (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' })
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let quotes: Serve = async (route) => {
    await released
    await notFound(route)
  }
  let texts = notFound
  await page.route('**/data/evidence.json', (route) => quotes(route))
  await page.route('**/data/articles.json', (route) => texts(route))
  await openDashboard(page)
  await awsShareMark(page).click()
  await expect(awsShareMark(page)).toHaveAttribute('aria-pressed', 'true')
  const d = dashboard(page)
  await expect(d.evidence.getByRole('heading', { name: share.label })).toBeVisible()
  const loading = d.evidence.getByRole('status').filter({ hasText: 'Loading the quotes' })
  await expect(loading).toContainText('data/evidence.json')

  release()
  await expect(loading).toHaveCount(0)
  await expect(d.evidence.getByRole('alert')).toContainText('The quotes could not be loaded')
  await expect(d.evidence.getByRole('alert')).toContainText(
    'data/evidence.json could not be loaded: the server answered 404',
  )
  quotes = serveReal
  await d.evidence.getByRole('button', { name: 'Retry' }).click()
  await expect(d.evidence).toContainText(share.citations[0].quote)
  await expect(d.evidence.getByRole('alert')).toHaveCount(0)

  await d.evidence.getByRole('button', { name: 'Read in article' }).first().click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('alert')).toContainText('The article’s text could not be loaded')
  await expect(dialog.getByRole('alert')).toContainText(
    'data/articles.json could not be loaded: the server answered 404',
  )
  await expect(dialog.getByRole('heading', { level: 2 })).toBeVisible()
  await expect(d.evidence).toContainText(share.citations[0].quote)

  texts = serveReal
  await dialog.getByRole('button', { name: 'Retry' }).click()
  await expect(marks(dialog)).toHaveText(share.citations[0].quote)
  await expect(dialog.getByRole('alert')).toHaveCount(0)
})

// At scale the dataset is read in a worker (decision 0033): the page is told so by the size the build records.
test('a dataset the build found large is read in a worker: a missing one is named and not retried, and Retry brings the dashboard', async ({
  page,
}) => {
  await page.route(
    (url) => url.pathname.endsWith('/'),
    async (route) => {
      const response = await route.fetch()
      const html = (await response.text()).replace(/data-dataset-bytes="\d+"/, 'data-dataset-bytes="3000000"')
      await route.fulfill({ response, body: html })
    },
  )
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  // The page's own fetch of the file fails: only the worker's can bring the server's answer (a 404, then the file).
  await page.addInitScript((file) => {
    const fetch = window.fetch.bind(window)
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).endsWith(file)
        ? Promise.reject(new TypeError('read on the page'))
        : fetch(input, init)
  }, FILE)
  let requests = 0
  let serve: Serve = (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' })
  await page.route(`**/${FILE}`, (route) => {
    requests += 1
    return serve(route)
  })
  await page.goto('./')
  const alert = errorAlert(page)
  await expect(alert).toBeVisible(PAGE_LOAD)
  await expect(alert).toContainText(FILE)
  await expect(alert).toContainText(/404/)
  expect(requests, `requests for ${FILE}`).toBe(1)
  expect(workers).toEqual([expect.stringMatching(/read-file\.worker/)])

  serve = serveReal
  await retryButton(page).click()
  await expect(dashboard(page).factsHeading).toBeVisible()
  expect(requests).toBe(2)
  expect(workers).toHaveLength(2)
  await awsShareMark(page).click()
  await expect(dashboard(page).evidence.getByRole('heading', { level: 2 })).toHaveText(fact('share-aws-2023-q4').label)
})

// The key figures with the facts table, and the footer, each load their own code: if it fails to arrive (offline
// after a new release), the part says so and the rest of the page stays; Try again fetches that code anew.
test('a part whose code fails to arrive says so, the charts stay, and Try again brings it', async ({ page }) => {
  const parts = [
    { chunk: /\/assets\/FiguresAndTable-[^/]*\.js$/, name: 'The key figures and the facts table' },
    { chunk: /\/assets\/DataFooter-[^/]*\.js$/, name: 'The data downloads and citations' },
  ]
  const failed = new Set<RegExp>()
  for (const { chunk } of parts)
    await page.route(chunk, (route) => (failed.has(chunk) ? route.continue() : (failed.add(chunk), route.abort())))
  // Not openDashboard: it waits for the facts table, which is one of the parts that fail here.
  await open(page, './')
  for (const { name } of parts) {
    const alert = page.getByRole('alert').filter({ hasText: `${name} could not be shown` })
    await expect(alert).toBeVisible()
    await expect(awsShareMark(page)).toBeVisible()
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(alert).toHaveCount(0)
  }
  await expect(dashboard(page).factsHeading).toBeVisible()
  await expect(page.getByRole('contentinfo').getByRole('link', { name: /^Download data/ })).toBeVisible()
})

// A dialog's code loads when it is opened: if it fails to arrive, the failure shows where the dialog would have,
// the page behind stays as it was, and the next attempt (Try again, or opening it anew) fetches the code again.
test('a dialog whose code fails to arrive says so over the page, and opens on the next attempt', async ({ page }) => {
  let offline = true
  await page.route(/\/assets\/(EmbedDialog|ArticleDialog)-[^/]*\.js$/, (route) =>
    offline ? route.abort() : route.continue(),
  )
  await openDashboard(page)
  const embed = page.getByRole('button', { name: 'Embed' }).first()
  await embed.click()
  const failure = page.getByRole('dialog', { name: 'The embed options' })
  await expect(failure.getByRole('alert')).toContainText('The embed options could not be shown')
  await failure.getByRole('button', { name: /^Close/ }).click()
  await expect(failure).toHaveCount(0)
  await expect(embed).toBeFocused()
  offline = false
  await embed.click()
  await expect(page.getByRole('dialog', { name: /^Embed/ })).toBeVisible()
  await page.keyboard.press('Escape')

  offline = true
  await awsShareMark(page).click()
  await dashboard(page)
    .evidence.getByRole('button', { name: /^Read in article/ })
    .first()
    .click()
  const article = page.getByRole('dialog', { name: 'The article' })
  await expect(article.getByRole('alert')).toContainText('The article could not be shown')
  await expect(awsShareMark(page)).toBeVisible()
  offline = false
  await article.getByRole('button', { name: 'Try again' }).click()
  await expect(marks(page.getByRole('dialog')).first()).toBeVisible()
})

test('an embed whose code fails to arrive says so, and Try again draws it', async ({ page }) => {
  let offline = true
  await page.route(/\/assets\/EmbedView-[^/]*\.js$/, (route) => (offline ? route.abort() : route.continue()))
  await open(page, './?view=embed&chart=layoffs')
  await expect(page.getByRole('alert')).toContainText('The page could not be shown')
  offline = false
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { name: chart('layoffs').title })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})
