import { expect, test, type Locator, type Page } from '@playwright/test'
import { namesNoSource } from '../src/domain/source-credit.ts'
import { chartsLaidOut, companyName, dashboard, fact, holdBack, open, openDashboard } from './fixtures.ts'

/*
 * The build renders the default dashboard and each chart's embed to static
 * HTML: charts and their numbers are there before any script runs, and the
 * app takes the same markup over without a mismatch or a layout shift.
 */

const EMBED = './embed-market-share.html?view=embed&chart=market-share'

const shares = ['share-aws-2023-q4', 'share-azure-2023-q4', 'share-google-cloud-2023-q4', 'share-others-2023-q4'].map(
  fact,
)

/** The font families and weights the page has loaded, once its font loads have settled ("Inter 700"). */
const loadedFonts = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts]
      .filter((f) => f.status === 'loaded')
      .map((f) => `${f.family.replace(/"/g, '')} ${f.weight}`)
  })

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the dashboard shows the market shares and where they come from, in the font its chart text was measured in', async ({
    page,
  }) => {
    await page.goto('./')
    const chart = page.getByRole('region', { name: 'Cloud infrastructure market share' })
    // Each mark is an image named by its value: without script, nothing selects it, and no Tab stops on it.
    for (const share of shares) {
      await expect(
        chart.getByRole('img', { name: new RegExp(`^${companyName(share.company)}: ${share.value.amount}%`) }),
      ).toBeVisible()
    }
    await expect(chart.getByRole('button', { name: /Show sources$/ })).toHaveCount(0)
    // Its source line names who the articles credit with a share, and counts the values they credit to no one.
    const producer = shares.find((f) => !namesNoSource(f.source))!.source
    const unattributed = shares.some((f) => namesNoSource(f.source)) ? '.*unattributed' : ''
    await expect(chart.getByText(new RegExp(`^Source: ${producer}${unattributed}`))).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'Amazon layoff waves' }).getByRole('img', { name: /, In prior years: 27,000$/ }),
    ).toBeVisible()
    // Drawn in the font its chart text was measured in.
    expect(await loadedFonts(page)).toEqual(expect.arrayContaining(['Inter 400', 'Inter 700']))
  })

  test('an embed page shows its chart, its period and its source line @subpath', async ({ page }) => {
    await page.goto(EMBED)
    await expect(page.getByRole('heading', { name: 'Cloud infrastructure market share' })).toBeVisible()
    await expect(page.getByText('Q4 2023* · share of the cloud infrastructure market')).toBeVisible()
    await expect(page.getByRole('img', { name: /^AWS: 31%/ })).toBeVisible()
    await expect(page.getByText(/^Source: Synergy Research Group/)).toBeVisible()
  })
})

/** The drawn height of the AWS bar's value ("31%"): how large the chart's text is on screen. */
const valueTextHeight = async (chart: Locator) =>
  (await chart
    // A button once the app has the page, an image as built (without script, always).
    .getByRole('button', { name: /^AWS: 31%/ })
    .or(chart.getByRole('img', { name: /^AWS: 31%/ }))
    .getByText('31%', { exact: true })
    .boundingBox())!.height

// The market-share chart on a built page, laid out for a card or an embed's frame: one page with script and one
// without, resized through the sizes (the built page holds a drawing per size, and CSS picks one for its box).
const BUILT_CHARTS = [
  {
    where: 'a card',
    path: './',
    sizes: [320, 1280, 1440].map((width) => ({ width, height: 900 })),
    chart: (page: Page) => dashboard(page).marketShare,
  },
  {
    where: 'an embed',
    path: EMBED,
    sizes: [
      { width: 640, height: 360 },
      { width: 960, height: 540 },
    ],
    chart: (page: Page) => page.locator('body'),
  },
]

for (const { where, path, sizes, chart } of BUILT_CHARTS) {
  test(`in ${where} at ${sizes.map((s) => s.width).join(', ')} px the built chart's text and blocks are what the app then draws`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const built = await browser.newContext({ baseURL, viewport: sizes[0], javaScriptEnabled: false })
    try {
      const withoutScript = await built.newPage()
      await withoutScript.goto(path)
      await page.setViewportSize(sizes[0])
      await open(page, path)
      await chartsLaidOut(page)
      // The context figures: a card shows them, and an embed up to 400 px tall leaves them to the full chart.
      const figures = (p: Page) => chart(p).getByText(/^Total enterprise spending/)
      for (const size of sizes) {
        await withoutScript.setViewportSize(size)
        await page.setViewportSize(size)
        const builtHeight = await valueTextHeight(chart(withoutScript))
        const builtFigures = await figures(withoutScript).isVisible()
        // The app lays the chart out again for its new box: waited for, as it follows the resize.
        await expect
          .poll(() => valueTextHeight(chart(page)), `value text at ${size.width} px`)
          .toBeCloseTo(builtHeight, 0)
        await expect.poll(() => figures(page).isVisible(), `context figures at ${size.width} px`).toBe(builtFigures)
      }
    } finally {
      await built.close()
    }
  })
}

// A request the page makes when its first frame is about to be drawn (answered by the test, never by the server).
const FIRST_FRAME = 'first-frame-drawn'

test('the first frame waits for neither the web font nor the app’s code, and the page then draws in Inter', async ({
  page,
}) => {
  // Requests in the order the page makes them; the first frame makes one of its own (asked for from a callback
  // that runs just before the browser renders that frame), so what came before it was asked for first.
  const requested: string[] = []
  await page.route('**/*', (route) => {
    const url = route.request().url()
    requested.push(url)
    return url.endsWith(FIRST_FRAME) ? route.fulfill({ status: 204 }) : route.fallback()
  })
  await page.addInitScript((marker) => requestAnimationFrame(() => void fetch(marker)), `./${FIRST_FRAME}`)
  await openDashboard(page)
  await expect.poll(() => loadedFonts(page)).toEqual(expect.arrayContaining(['Inter 400', 'Inter 700']))
  const frame = requested.findIndex((url) => url.endsWith(FIRST_FRAME))
  expect(frame, 'the first frame was drawn').toBeGreaterThan(0)
  const first = requested.slice(0, frame)
  expect(first.filter((url) => url.endsWith('.woff2'))).toEqual([])
  // The entry and the helper it loads the app with: a few kB, where the app's code is hundreds.
  const js = first.filter((url) => url.endsWith('.js'))
  const bytes = await Promise.all(js.map(async (url) => (await (await page.request.get(url)).body()).length))
  expect(
    bytes.reduce((sum, n) => sum + n, 0),
    js.join(', '),
  ).toBeLessThan(8_000)
})

/** Layout shifts and console errors from the first byte on. */
async function watch(page: Page) {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(String(e)))
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number }
    w.shift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.shift += entry.value
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  return { problems, shift: () => page.evaluate(() => (window as unknown as { shift: number }).shift) }
}

test.describe('taking over', () => {
  // The page as a reader gets it, service worker included: its registration must not warn either.
  test.use({ serviceWorkers: 'allow' })

  for (const [width, height, scheme] of [
    [1440, 900, 'light'],
    [412, 823, 'dark'],
  ] as const) {
    test(`at ${width} px (${scheme}) the app takes the prerendered dashboard over with no shift and no mismatch`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme: scheme })
      const { problems, shift } = await watch(page)
      await openDashboard(page)
      // Interactive: a click selects the mark and opens its evidence.
      const azure = dashboard(page).marketShare.getByRole('button', { name: /^Microsoft Azure: 24%/ })
      await azure.click()
      await expect(azure).toHaveAttribute('aria-pressed', 'true')
      await page
        .getByRole('button', { name: 'Close evidence' })
        .or(page.getByRole('heading', { name: fact('share-azure-2023-q4').label }))
        .first()
        .waitFor()
      // What Lighthouse shows as CLS 0 (to three decimals): the web font arrives after the first frame
      // (decision 0011), and nothing may move when it does.
      expect(await shift()).toBeLessThan(0.0005)
      expect(problems).toEqual([])
    })
  }
})

// The first frame is in a fallback font and Inter follows (decision 0011): a chip as wide as its glyphs would change
// width then and move every chip after it in its row (at 100× data, 53 chips, a layout shift of 0.0017). Until
// Inter is named a chip's words and count are held at the width Inter's tables give; then they take their own.
test('each filter chip is as wide in the first frame’s font as in Inter', async ({ page }) => {
  const release = await holdBack(page, /\.woff2$/)
  await openDashboard(page)
  const chips = page.getByRole('group', { name: /^(Company|Period)$/ }).getByRole('button')
  const widths = () => chips.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().width))
  const before = await widths()
  expect(before.length).toBeGreaterThan(3)
  release()
  await expect(page.locator('html')).toHaveClass(/\bweb-font\b/)
  const after = await widths()
  // Within a twentieth of a pixel: the tables against the browser's layout units.
  after.forEach((width, i) => expect(width, `chip ${i + 1}`).toBeCloseTo(before[i], 1))
})

test('a link to another view renders that view, not the prerendered one', async ({ page }) => {
  await openDashboard(page, '?company=aws')
  await expect(dashboard(page).marketShare.getByRole('button', { name: /^Microsoft Azure/ })).toHaveCount(0)
  await expect(dashboard(page).marketShare.getByRole('button', { name: /^AWS: 31%/ })).toBeVisible()
  // The built page's "busy" mark goes with it: assistive technology is not told to wait for ever.
  await expect(page.locator('#root')).not.toHaveAttribute('aria-busy', 'true')
})

test('a click before the page has taken its data is kept, and acted on once it has', async ({ page }) => {
  // The dataset is held back: the page shows its built charts and cannot act yet.
  let answer!: () => void
  const answered = new Promise<void>((resolve) => (answer = resolve))
  await page.route(/data\/dataset\.json$/, async (route) => {
    const response = await route.fetch()
    await answered
    await route.fulfill({ response })
  })
  await page.goto('./')
  // As built, a mark is an image that selects nothing yet: the click on it is kept.
  const chart = dashboard(page).marketShare
  await chart.getByRole('img', { name: /^Microsoft Azure: 24%/ }).click()
  const azure = chart.getByRole('button', { name: /^Microsoft Azure: 24%/ })
  await expect(azure).toHaveCount(0)
  answer()
  await expect(azure).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('heading', { name: fact('share-azure-2023-q4').label })).toBeVisible()
})
