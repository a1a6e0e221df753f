import { expect, test, type Page } from '@playwright/test'
import {
  article,
  awsShareMark,
  chart,
  dashboard,
  fact,
  mark,
  open,
  openDashboard,
  PAGE_LOAD,
  shownValue,
} from './fixtures.ts'

/*
 * Markup in a URL parameter or in the dataset is shown as text, never run or
 * parsed: no script runs (window.__xss stays unset) and no <img src=x> appears.
 */

const PAYLOADS = ['<script>window.__xss=1</script>', '<img src=x onerror="window.__xss=1">']
const PARAMS = ['company', 'period', 'fact', 'article', 'theme', 'view', 'chart', 'slide', 'bg', 'fit', 'note']

declare global {
  interface Window {
    __xss?: number
  }
}

/**
 * Nothing was parsed as HTML and nothing ran. Called once the view that shows the strings is on screen: had a
 * payload been parsed, its <img> or <script> element would be in the DOM from that render on, whether or not its
 * onerror has fired yet, so there is nothing to wait for.
 */
async function expectNoInjection(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await expect(page.locator('#root script')).toHaveCount(0)
  expect(await page.evaluate(() => window.__xss)).toBeUndefined()
}

const ignoredNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'Some of this link was ignored' })

/** `keys`, each given one of the payloads in turn, as a query string. */
const withPayloads = (keys: string[]) =>
  keys.map((k, i) => `${k}=${encodeURIComponent(PAYLOADS[i % PAYLOADS.length])}`).join('&')

// Each parameter with each payload, listed as text in the notice: src/features/url-state/IgnoredParamsNotice.test.tsx;
// every query string parsed without throwing: search-params.test.ts. Here the two views that read them: the
// dashboard, and an embed with the parameters only it reads (bg, fit, note). A slide reads the dashboard's.
test('markup in every URL parameter is listed as text and runs nowhere: the dashboard and an embed', async ({
  page,
}) => {
  await openDashboard(page, `?${withPayloads(PARAMS)}`)
  const first = ignoredNotice(page).getByRole('listitem').first()
  await expect(first).toContainText(`${PARAMS[0]}=${PAYLOADS[0]}`)
  await expect(first).toContainText('not a valid value')
  await expectNoInjection(page)

  const rest = withPayloads(PARAMS.filter((k) => k !== 'view' && k !== 'chart' && k !== 'slide'))
  await open(page, `./?view=embed&chart=layoffs&${rest}`)
  await expect(page.getByRole('heading', { level: 1, name: chart('layoffs').title })).toBeVisible(PAGE_LOAD)
  await expectNoInjection(page)
})

test.describe('dataset strings', () => {
  const share = fact('share-aws-2023-q4')
  const quoted = article(share.citations[0].article)
  const [scriptPayload, imgPayload] = PAYLOADS
  const label = `${scriptPayload} share`
  const company = `${imgPayload} AWS`
  const title = `${imgPayload}${scriptPayload} title`
  test.beforeEach(async ({ page }) => {
    // Only fields the build does not check against the article text: the quotes stay valid.
    await page.route('**/data/dataset.json', async (route) => {
      const response = await route.fetch()
      const json = await response.json()
      json.facts.find((f: { id: string }) => f.id === share.id).label = label
      json.companies.find((c: { id: string }) => c.id === share.company).name = company
      json.articles.find((a: { id: string }) => a.id === quoted.id).title = title
      await route.fulfill({ response, json })
    })
  })

  test('a fact label, a company name and an article title stay text on the dashboard, in an embed and on a slide', async ({
    page,
  }) => {
    await openDashboard(page, `?fact=${share.id}`)
    const d = dashboard(page)
    await expect(d.evidence.getByRole('heading', { level: 2 })).toHaveText(label)
    await expect(d.company(company)).toBeVisible()
    await expect(d.factsTable.getByRole('rowheader', { name: label })).toBeVisible()
    await expect(mark(d.marketShare, `${company}: ${shownValue(share)}`)).toBeVisible()
    await expect(d.evidence.getByText(title, { exact: true })).toBeVisible()
    await expectNoInjection(page)

    await d.evidence.getByRole('button', { name: 'Read in article' }).first().click()
    const dialog = page.getByRole('dialog', { name: title })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(title)
    await expectNoInjection(page)

    await open(page, `./?view=embed&chart=market-share&fact=${share.id}`)
    const evidence = page.getByRole('region', { name: `Evidence: ${label}` })
    await expect(evidence).toBeVisible(PAGE_LOAD)
    await expect(evidence).toContainText(title)
    await expectNoInjection(page)

    await open(page, './?view=present&slide=1')
    // The share's mark (its change in words is a mark named after the company too).
    await expect(mark(page.getByRole('figure'), `${company}:`).first()).toBeVisible(PAGE_LOAD)
    await expectNoInjection(page)
  })
})

test.describe('Content Security Policy', () => {
  const FENCE_HOST = 'csp-fence.invalid'
  const FENCE = `https://${FENCE_HOST}/fence.png`

  /** Collects CSP violation reports and console errors that mention the policy. */
  async function watchCsp(page: Page) {
    const consoleErrors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content.Security.Policy|CSP/i.test(m.text())) consoleErrors.push(m.text())
    })
    await page.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] }
      w.__cspViolations = []
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
    /**
     * Breaks the policy once on purpose (an image from another host) and waits for that report. Reports are
     * dispatched in the order the violations happened, so every earlier one is in by then: what is reported
     * besides the fence is what the page itself did.
     */
    async function reportedSoFar() {
      await page.evaluate((src) => {
        const img = document.createElement('img')
        img.alt = ''
        img.src = src
        document.body.append(img)
        img.remove()
      }, FENCE)
      await expect.poll(violations).toContainEqual(expect.stringContaining(FENCE_HOST))
      await expect.poll(() => consoleErrors.some((e) => e.includes(FENCE_HOST))).toBe(true)
      return {
        violations: (await violations()).filter((v) => !v.includes(FENCE_HOST)),
        consoleErrors: consoleErrors.filter((e) => !e.includes(FENCE_HOST)),
      }
    }
    return { consoleErrors, violations, reportedSoFar }
  }

  test('a dashboard load, its evidence and an article raise no violation; an inline script is blocked and reported', async ({
    page,
  }) => {
    const csp = await watchCsp(page)
    await openDashboard(page)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toMatch(/script-src 'self'(;|$)/)
    await awsShareMark(page).click()
    await dashboard(page).evidence.getByRole('button', { name: 'Read in article' }).first().click()
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await csp.reportedSoFar()).toEqual({ violations: [], consoleErrors: [] })

    // The watch does see a violation, so the line above can fail.
    await page.evaluate(() => {
      const s = document.createElement('script')
      s.textContent = 'window.__xss = 1'
      document.body.append(s)
    })
    await expect.poll(csp.violations).toContainEqual(expect.stringMatching(/^script-src/))
    expect(await page.evaluate(() => window.__xss)).toBeUndefined()
    await expect.poll(() => csp.consoleErrors.some((e) => !e.includes(FENCE_HOST))).toBe(true)
  })
})
