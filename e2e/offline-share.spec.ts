import { expect, test, type Page } from '@playwright/test'
import { serveBuild } from './build-server'
import { awsShareMark, companyName, dashboard, fact, mark, openDashboard } from './fixtures'

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

test.describe('offline', () => {
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

    await page.goto('./?view=embed&chart=market-share')
    await expect(page.getByRole('heading', { name: 'Cloud infrastructure market share' })).toBeVisible()
    await expect(mark(page.locator('body'), `${companyName(share.company)}: ${share.value.amount}%`)).toBeVisible()

    await page.goto('./?view=present&slide=2')
    await expect(page.getByText('Slide 2 of 3')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS revenue and operating profit')
  })
})

test.describe('a new build', () => {
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
      await expect(notice).toBeVisible()
      expect(await waitingBuild(page)).toBe(true)

      // "Not now" keeps the build in use; the offer comes back with the next visit.
      await notice.getByRole('button', { name: 'Not now' }).click()
      await expect(notice).toHaveCount(0)
      expect(await waitingBuild(page)).toBe(true)
      await page.reload()
      await expect(notice).toBeVisible()

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
