import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  chartsLaidOut,
  companyName,
  dashboard,
  escapeRegExp,
  fact,
  facts,
  inShippedFont,
  openDashboard,
  slideCount,
  slideOf,
  upTo,
} from './fixtures.ts'
import { readPng } from './png.ts'

/*
 * Charts in every place a reader meets them: a phone, a narrow embed, a blog
 * column, a slide at the back of a room. Sizes are read from the rendered page.
 */

/** Pairs of texts in one chart whose rendered boxes intersect (1 px of slack for anti-aliasing). */
async function overlappingTexts(chart: Locator): Promise<string[]> {
  return chart.evaluate((svg) => {
    const boxes = [...svg.querySelectorAll('text')]
      .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
      .filter((b) => b.box.width > 0)
    const pairs: string[] = []
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i].box, boxes[j].box]
        const apart = a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1
        if (!apart) pairs.push(`"${boxes[i].text}" / "${boxes[j].text}"`)
      }
    }
    return pairs
  })
}

/** The smallest rendered size of the chart's texts: font size times the drawing's scale on screen. */
const smallestText = (chart: Locator) =>
  chart.evaluate((svg) => {
    const scale = (svg as SVGSVGElement).getScreenCTM()!.a
    return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale))
  })

const fontSize = (l: Locator) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

const charts = (page: Page) => page.locator('svg[data-chart]')

async function expectNoOverlaps(page: Page, where: string) {
  await inShippedFont(page)
  const count = await charts(page).count()
  expect(count, `charts ${where}`).toBeGreaterThan(0)
  for (let i = 0; i < count; i++) {
    const chart = charts(page).nth(i)
    expect(await overlappingTexts(chart), `${await chart.getAttribute('data-chart')} ${where}`).toEqual([])
  }
}

// Every layoff fact is drawn, the total of two waves included (the articles date it only “in prior years”).
const waves = facts.filter((f) => f.metric === 'layoffs')

test.describe('the dashboard at every width', () => {
  for (const width of [320, 375, 640, 1280, 1440, 1920]) {
    test(`no chart text overlaps another at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await openDashboard(page)
      // Every chart on the dashboard is drawn before overlaps are looked for.
      await expect(charts(page)).toHaveCount(await page.getByRole('main').getByRole('figure').count())
      await expectNoOverlaps(page, `at ${width} px`)
    })
  }

  test('at 320 px every layoff wave keeps its value or words beside its mark', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 })
    await openDashboard(page)
    const layoffs = dashboard(page).layoffs
    expect(waves.length).toBeGreaterThan(3)
    for (const wave of waves) {
      const drawn = layoffs.getByRole('button', { name: new RegExp(`^${escapeRegExp(wave.label)},`) })
      const words =
        wave.value.kind === 'unknown'
          ? 'not reported'
          : wave.value.kind === 'vague'
            ? `“${(wave.value.words as string[])[0]}”`
            : wave.value.amount!.toLocaleString('en-US')
      // Long words may wrap onto a second line beside the mark: read its lines together.
      await expect(drawn.locator('text').first()).toBeVisible()
      expect((await drawn.locator('text').allTextContents()).join(' ')).toContain(words)
    }
  })

  test('hovering a mark shows its value and what a click does, and every label stays', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await openDashboard(page)
    await chartsLaidOut(page)
    const chart = dashboard(page).marketShare
    const labels = await chart.locator('svg text').allTextContents()
    const azure = chart.getByRole('button', { name: /^Microsoft Azure: 24%/ })
    await azure.hover()
    await expect(azure).toHaveCSS('cursor', 'pointer')
    const tip = chart.getByText('Click for sources')
    await expect(tip).toBeVisible()
    await expect(tip.locator('..')).toContainText('24%')
    expect(await chart.locator('svg text').allTextContents()).toEqual(labels)
    await page.mouse.move(0, 0)
    await expect(tip).toHaveCount(0)
  })

  test('filtering to AWS leaves its share bar the same length', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await openDashboard(page)
    const share = fact('share-aws-2023-q4')
    const bar = dashboard(page).marketShare.getByRole('button', { name: new RegExp(`^${companyName('aws')}: 31%`) })
    const before = (await bar.locator('[data-mark-shape]').boundingBox())!.width
    await dashboard(page).company(companyName(share.company)).click()
    await expect(dashboard(page).marketShare.getByRole('button', { name: /^Microsoft Azure/ })).toHaveCount(0)
    const after = (await bar.locator('[data-mark-shape]').boundingBox())!.width
    expect(after).toBeCloseTo(before, 0)
  })
})

test.describe('embeds', () => {
  for (const [width, height] of [
    [320, 180],
    [640, 360],
    [960, 540],
  ]) {
    test(`no chart text overlaps another in a ${width}×${height} embed`, async ({ page }) => {
      await page.setViewportSize({ width, height })
      for (const chart of ['market-share', 'aws-results', 'layoffs']) {
        await page.goto(`./?view=embed&chart=${chart}`)
        await expect(charts(page)).toHaveCount(1)
        await expectNoOverlaps(page, `in a ${width}×${height} embed`)
      }
    })
  }

  test('a 640×360 embed shows the period and the whole source line', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 360 })
    await page.goto('./?view=embed&chart=market-share')
    await expect(page.getByText('Q4 2023* · share of the cloud infrastructure market')).toBeVisible()
    const source = page.getByText(/^Source: Synergy Research Group/)
    await expect(source).toBeVisible()
    // Whole: not clipped by its box, and inside the frame.
    const clip = await source.evaluate((el) => ({
      cut: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
      bottom: el.getBoundingClientRect().bottom,
    }))
    expect(clip.cut).toBe(false)
    expect(clip.bottom).toBeLessThanOrEqual(360)
    await expect(source).not.toHaveText(/…$/)
  })

  for (const theme of ['light', 'dark'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      // With embed-resize.js, which tells it the page's scheme; without it, see host-pages.spec.ts.
      test(`a transparent ${theme} embed shows the host page's colour at its corners (system ${scheme})`, async ({
        page,
        baseURL,
      }) => {
        await page.emulateMedia({ colorScheme: scheme })
        const src = new URL(`./?view=embed&chart=market-share&bg=transparent&theme=${theme}`, baseURL).href
        await page.setContent(
          `<body style="margin:0;background:#ff00aa"><iframe src="${src}" title="Market share" data-cloud-market-embed width="640" height="360" style="border:0;display:block"></iframe><script src="${new URL('./embed-resize.js', baseURL).href}"></script></body>`,
        )
        await expect(page.frameLocator('iframe').getByRole('button', { name: /^AWS: 31%/ })).toBeVisible()
        const corners = async () =>
          (
            await readPng(page, await page.locator('iframe').screenshot(), [
              [2, 2],
              [-3, 2],
              [2, -3],
              [-3, -3],
            ])
          ).at
        await expect.poll(corners).toEqual([
          [255, 0, 170],
          [255, 0, 170],
          [255, 0, 170],
          [255, 0, 170],
        ])
      })
    }
  }
})

test.describe('slides', () => {
  for (const [width, height, chartText, title, caption] of [
    [1920, 1080, 24, 48, 22],
    [1280, 720, 16, 32, 16],
  ]) {
    test(`every slide at ${width}×${height} reads from the back of the room`, async ({ page }) => {
      await page.setViewportSize({ width, height })
      for (const slide of upTo(await slideCount(page))) {
        await page.goto(`./?view=present&slide=${slide}`)
        const chart = charts(page)
        await expect(chart).toHaveCount(1)
        await expect(page.getByText(slideOf(slide))).toBeVisible()
        expect(await smallestText(chart), `smallest chart text on slide ${slide}`).toBeGreaterThanOrEqual(chartText)
        await inShippedFont(page)
        expect(await overlappingTexts(chart), `slide ${slide}`).toEqual([])
        expect(await fontSize(page.getByRole('heading', { level: 1 }))).toBeGreaterThanOrEqual(title)
        expect(await fontSize(page.locator('blockquote'))).toBeGreaterThanOrEqual(caption)
        expect(await fontSize(page.getByText(/^Source: /))).toBeGreaterThanOrEqual(caption)
      }
    })
  }

  test('selecting a mark shows its quote on the slide and keeps the deck open', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.goto('./?view=present&slide=1')
    const share = fact('share-azure-2023-q4')
    await page.getByRole('button', { name: /^Microsoft Azure: 24%/ }).click()
    await expect(page.getByRole('button', { name: /^Microsoft Azure: 24%/ })).toHaveAttribute('aria-pressed', 'true')
    await expect(page.locator('blockquote')).toContainText(share.citations[0].quote.slice(0, 40))
    await expect(page.getByText(`${share.label}: 24%`)).toBeVisible()
    expect(new URL(page.url()).searchParams.get('view')).toBe('present')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('button', { name: /^Microsoft Azure: 24%/ })).toHaveAttribute('aria-pressed', 'false')
    await expect(page.getByText(slideOf(1))).toBeVisible()
  })

  test('a slide the deck does not have is reported, not silently replaced', async ({ page }) => {
    await page.goto('./?view=present&company=azure&slide=3')
    await expect(page.getByText('Slide 1 of 1 · Filtered to Microsoft Azure')).toBeVisible()
    const notice = page.getByRole('status').filter({ hasText: 'Some of this link was ignored' })
    await expect(notice).toContainText('slide=3')
    await page.goto('./?view=present&slide=99')
    await expect(page.getByText(slideOf(1))).toBeVisible()
    await expect(notice).toContainText('slide=99')
  })

  test('a filter that empties slides leaves them out and the deck says which filter is on', async ({ page }) => {
    await page.goto('./?view=present&company=azure')
    await expect(page.getByText('Slide 1 of 1 · Filtered to Microsoft Azure')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cloud infrastructure market share')
    await expect(page.getByRole('button', { name: 'Next slide' })).toBeDisabled()
  })
})
