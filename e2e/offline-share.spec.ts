import { expect, test, type Page } from '@playwright/test'
import { serveBuild } from './build-server.ts'
import {
  awsShareMark,
  chart,
  CHARTS,
  companyName,
  dashboard,
  fact,
  mark,
  open,
  openDashboard,
  slideOf,
} from './fixtures.ts'

/** Waits until the page's service worker is active, which is when the build and the dataset are cached. */
const offlineCopyReady = (page: Page) => page.evaluate(async () => void (await navigator.serviceWorker.ready))

/** Whether a new build's service worker is installed and waiting for the reader's go-ahead. */
const waitingBuild = (page: Page) =>
  page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))

/** Whether a request the service worker does not cache reaches the server: proves the test is really offline. */
const reachesNetwork = (page: Page) =>
  page.evaluate(() =>
    fetch('robots.txt', { cache: 'no-store' }).then(
      () => true,
      () => false,
    ),
  )

// The service worker is what these two groups are about; elsewhere it is blocked (playwright.config.ts).
test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' })

  test('after one visit the dashboard, its evidence, an embed and a slide open with no network', async ({
    page,
    context,
  }) => {
    await openDashboard(page)
    await offlineCopyReady(page)
    await context.setOffline(true)
    expect(await reachesNetwork(page)).toBe(false)

    await page.reload()
    await expect(dashboard(page).factsHeading).toBeVisible()
    const share = fact('share-aws-2023-q4')
    await awsShareMark(page).click()
    await expect(dashboard(page).evidence.getByRole('blockquote').first()).toContainText(share.citations[0].quote)

    await open(page, './?view=embed&chart=market-share')
    await expect(page.getByRole('heading', { name: 'Cloud infrastructure market share' })).toBeVisible()
    await expect(mark(page.locator('body'), `${companyName(share.company)}: ${share.value.amount}%`)).toBeVisible()

    await open(page, './?view=present&slide=2')
    await expect(page.getByText(slideOf(2))).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHARTS[1].title)
  })
})

test.describe('a new build', () => {
  test.use({ serviceWorkers: 'allow' })

  test('is offered with a Reload button, and takes over only when asked', async ({ page, baseURL }) => {
    const host = await serveBuild(new URL(baseURL!).pathname)
    try {
      await page.goto(host.url)
      await expect(dashboard(page).factsHeading).toBeVisible()
      await offlineCopyReady(page)
      host.deploy()
      // The browser looks for a new service worker on navigation; the current build still serves this page.
      await page.reload()
      const notice = page.getByRole('status').filter({ hasText: 'A newer version of the dashboard' })
      // The page registers its worker (and so hears of the new one) only once the browser is idle.
      await expect(notice).toBeVisible({ timeout: 15_000 })
      expect(await waitingBuild(page)).toBe(true)

      // "Not now" keeps the build in use; the offer comes back with the next visit.
      await notice.getByRole('button', { name: 'Not now' }).click()
      await expect(notice).toHaveCount(0)
      expect(await waitingBuild(page)).toBe(true)
      await page.reload()
      await expect(notice).toBeVisible({ timeout: 15_000 })

      const reloaded = page.waitForEvent('load')
      await notice.getByRole('button', { name: 'Reload' }).click()
      await reloaded
      await expect(dashboard(page).factsHeading).toBeVisible()
      await expect(notice).toHaveCount(0)
      expect(await waitingBuild(page)).toBe(false)
    } finally {
      await host.close()
    }
  })
})

test.describe('share', () => {
  const share = fact('share-aws-2023-q4')
  const aws = companyName(share.company)
  const copyLink = (page: Page) => page.getByRole('button', { name: 'Copy link' })

  test('"Copy link" copies the view on screen, says so, and the link opens the same view', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openDashboard(page)
    const d = dashboard(page)
    await d.company(aws).click()
    await awsShareMark(page).click()
    await d.themeToggle.click()
    await copyLink(page).click()
    await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible()

    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()))
    expect(link.searchParams.get('company')).toBe(share.company)
    expect(link.searchParams.get('fact')).toBe(share.id)
    expect(link.searchParams.get('theme')).toBe('dark')
    expect(link.pathname).toBe(new URL(page.url()).pathname)

    // The confirmation is about that link: once the view changes, it no longer claims it.
    await d.themeToggle.click()
    await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toHaveCount(0)

    const reader = await context.newPage()
    await open(reader, link.href)
    const r = dashboard(reader)
    await expect(r.company(aws)).toHaveAttribute('aria-pressed', 'true')
    await expect(r.evidence.getByRole('heading', { level: 2 })).toHaveText(share.label)
    await expect(reader.locator('html')).toHaveClass(/\bdark\b/)
  })

  test('where the clipboard is refused, the link and a chart’s embed code are shown selected for Ctrl+C; without a share sheet there is no "Share…" button', async ({
    page,
  }) => {
    // A desktop browser that refuses the clipboard and has no share sheet: each is the page's to notice.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      })
      delete (Navigator.prototype as Partial<Navigator>).share
    })
    await openDashboard(page, `?company=${share.company}`)
    await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0)
    await copyLink(page).click()
    await expect(page.getByRole('status').filter({ hasText: 'blocked the clipboard' })).toBeVisible()
    const field = page.getByRole('textbox', { name: 'Link to this view' })
    await expect(field).toBeFocused()
    const { value, selected } = await field.evaluate((el) => {
      const input = el as HTMLInputElement
      return { value: input.value, selected: input.value.slice(input.selectionStart!, input.selectionEnd!) }
    })
    expect(selected).toBe(value)
    expect(new URL(value).searchParams.get('company')).toBe(share.company)

    // A chart's embed code, likewise: selected in its field for Ctrl+C.
    await page
      .getByRole('region', { name: chart('layoffs').title })
      .getByRole('button', { name: /^Embed/ })
      .click()
    const dialog = page.getByRole('dialog', { name: /Embed/ })
    await dialog.getByRole('button', { name: 'Copy embed code' }).click()
    await expect(dialog.getByRole('status')).toContainText('blocked the clipboard')
    const code = dialog.getByLabel('Embed code')
    await expect(code).toBeFocused()
    const codeSelected = await code.evaluate((t) => {
      const area = t as HTMLTextAreaElement
      return area.value.slice(area.selectionStart, area.selectionEnd)
    })
    expect(codeSelected).toBe(await code.inputValue())
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })

  test('"Share…" opens the browser\'s share sheet with the link, where there is one', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = []
      Object.assign(window, { shared })
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) })
    })
    await openDashboard(page, `?company=${share.company}`)
    await page.getByRole('button', { name: 'Share…' }).click()
    const sharedSoFar = () => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)
    await expect.poll(async () => (await sharedSoFar()).length).toBe(1)
    const shared = await sharedSoFar()
    expect(new URL(shared[0].url!).searchParams.get('company')).toBe(share.company)
    expect(shared[0].title).toBe(await page.title())
  })

  test('in presentation mode the link opens the same slide', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await open(page, `./?view=present&slide=2&company=${share.company}`)
    await expect(page.getByText(slideOf(2))).toBeVisible()
    await copyLink(page).click()
    await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible()
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()))
    expect(Object.fromEntries(link.searchParams)).toEqual({ view: 'present', slide: '2', company: share.company })
  })
})

test('the served page carries Open Graph and Twitter card tags for link previews', async ({ request }) => {
  const html = await (await request.get('./')).text()
  const tag = (key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1]
  expect(tag('og:title')).toBe(html.match(/<title>([^<]*)<\/title>/)?.[1])
  expect(tag('og:description')).toBeTruthy()
  expect(tag('og:image')).toMatch(/og-market-share\.png$/)
  expect(tag('og:image:width')).toBe('1200')
  expect(tag('og:image:height')).toBe('630')
  expect(tag('og:image:alt')).toBeTruthy()
  expect(tag('twitter:card')).toBe('summary_large_image')
})
