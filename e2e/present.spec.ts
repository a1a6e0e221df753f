import { expect, test, type Locator, type Page } from '@playwright/test'
import { namesNoSource } from '../src/domain/source-credit.ts'
import {
  ARTICLE_ID,
  articles,
  chart,
  CHARTS,
  companyName,
  drawnBy,
  escapeRegExp,
  fact,
  facts,
  factsWhere,
  open,
  PAGE_LOAD,
  shareMark,
  shownValue,
  slideOf,
} from './fixtures.ts'

/*
 * Presentation mode: one slide per chart, moved through by keyboard, captioned with a quote, following the
 * theme and the filters, and saying what a filtered deck leaves out. Which key goes where is unit-tested
 * (src/features/present/slides.test.ts); each slide's layout at 1920×1080 is in media.spec.ts.
 */

const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide')
const title = (page: Page) => page.getByRole('heading', { level: 1 })
const tooltip = (page: Page) => page.getByText('Click for sources')

/** The quotes a chart's caption may show: those of the facts it draws. */
const captionOf = (id: string) =>
  new RegExp(
    facts
      .filter(drawnBy[id])
      .flatMap((f) => f.citations.map((c) => escapeRegExp(c.quote)))
      .join('|'),
  )

test('presentation mode moves between slides by keyboard, the URL follows, and no tooltip outlives a slide', async ({
  page,
}) => {
  await open(page, './')
  await page.getByRole('button', { name: 'Present' }).click()
  const count = CHARTS.length
  await expect(page.getByText(`Slide 1 of ${count}`)).toBeVisible(PAGE_LOAD)
  await expect(title(page)).toHaveText(CHARTS[0].title)
  // The caption quotes a figure of the chart; the source line names articles by label, never by file number.
  await expect(page.getByRole('blockquote')).toContainText(captionOf(CHARTS[0].id))
  await expect(page.getByText(/^Source: /)).toBeVisible()
  await expect(page.locator('body')).not.toContainText(ARTICLE_ID)

  // A tooltip goes with the slide it was on, and with a cleared selection.
  const azure = shareMark(page.getByRole('figure'), fact('share-azure-2023-q4'))
  await azure.hover()
  await expect(tooltip(page)).toBeVisible()
  await azure.click()
  await page.keyboard.press('ArrowRight')
  await expect(title(page)).toHaveText(CHARTS[1].title)
  await expect(tooltip(page)).toHaveCount(0)
  await expect.poll(() => slideParam(page)).toBe('2')
  await page.keyboard.press('ArrowLeft')
  const aws = shareMark(page.getByRole('figure'), fact('share-aws-2023-q4'))
  await aws.click()
  await azure.hover()
  await expect(tooltip(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(aws).toHaveAttribute('aria-pressed', 'false')
  await expect(tooltip(page)).toHaveCount(0)

  for (const [i, chart] of CHARTS.entries()) {
    if (i === 0) continue
    await page.keyboard.press('ArrowRight')
    await expect(title(page)).toHaveText(chart.title)
    await expect.poll(() => slideParam(page)).toBe(String(i + 1))
    await expect(page.getByRole('blockquote')).toContainText(captionOf(chart.id))
    await expect(page.getByText(/^Source: /)).toBeVisible()
    await expect(page.locator('body')).not.toContainText(ARTICLE_ID)
  }

  await page.keyboard.press('Home')
  await expect(page.getByText(slideOf(1))).toBeVisible()
  await page.keyboard.press('End')
  await expect(page.getByText(`Slide ${count} of ${count}`)).toBeVisible()
  await page.keyboard.press('PageUp')
  await expect(page.getByText(slideOf(count - 1))).toBeVisible()
  await page.keyboard.press('Home')
  await expect(page.getByText(slideOf(1))).toBeVisible()
  await page.keyboard.press(' ')
  await expect(page.getByText(slideOf(2))).toBeVisible()
  await page.keyboard.press('PageDown')
  await expect(page.getByText(slideOf(3))).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByText(slideOf(2))).toBeVisible()

  // A reload (or a shared link) opens the same slide, once the URL has caught up with the keys.
  await expect.poll(() => slideParam(page)).toBe('2')
  await page.reload()
  await expect(title(page)).toHaveText(CHARTS[1].title, PAGE_LOAD)

  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { name: 'Cloud market dashboard' })).toBeAttached()
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBeNull()
})

test('a filtered deck keeps the slides it has data for, says which filter is on and which slide it lacks; marks open their quote', async ({
  page,
}) => {
  const azure = fact('share-azure-2023-q4')
  const kept = CHARTS.filter((c) => factsWhere({ companies: [azure.company] }).some(drawnBy[c.id]))
  expect(kept.length).toBeLessThan(CHARTS.length)
  await open(page, `./?view=present&slide=${CHARTS.length}&theme=dark&company=${azure.company}`)
  await expect(page.getByText(`Slide 1 of ${kept.length} · Filtered to ${companyName(azure.company)}`)).toBeVisible(
    PAGE_LOAD,
  )
  await expect(title(page)).toHaveText(kept[0].title)
  const notice = page.getByRole('status').filter({ hasText: 'Some of this link was ignored' })
  await expect(notice.getByRole('listitem')).toContainText(`slide=${CHARTS.length}`)
  // The notice lies over the slide's foot until dismissed: the chart keeps its height meanwhile.
  const chartHeight = async () => (await page.getByRole('figure').first().boundingBox())!.height
  const withNotice = await chartHeight()
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toBeHidden()
  expect(await chartHeight()).toBe(withNotice)
  if (kept.length === 1) await expect(page.getByRole('button', { name: 'Next slide' })).toBeDisabled()
  for (const other of facts.filter((f) => drawnBy[kept[0].id](f) && f.company !== azure.company))
    await expect(
      page.getByRole('button', { name: new RegExp(`^${escapeRegExp(companyName(other.company))}`) }),
    ).toHaveCount(0)

  // The theme goes with the slides, and into the URL.
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)
  await page.getByRole('button', { name: 'Dark theme' }).click()
  await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('light')

  // A mark opens its quote in the caption, and Escape lets it go without leaving the deck.
  const mark = shareMark(page.getByRole('figure'), azure)
  await mark.click()
  await expect(mark).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('blockquote')).toContainText(azure.citations[0].quote.slice(0, 40))
  await expect(page.getByText(`${azure.label}: ${shownValue(azure)}`)).toBeVisible()
  expect(new URL(page.url()).searchParams.get('view')).toBe('present')
  await page.keyboard.press('Escape')
  await expect(mark).toHaveAttribute('aria-pressed', 'false')
  await expect(page.getByText(slideOf(1))).toBeVisible()
})

test('a deck whose filters leave no chart says so, blames no slide, and one click brings every chart back', async ({
  page,
}) => {
  const company = fact('share-azure-2023-q4').company
  const period = '2024-Q2'
  const none = factsWhere({ companies: [company], periods: [period] })
  expect(CHARTS.filter((c) => none.some(drawnBy[c.id]))).toEqual([])
  await open(page, `./?view=present&slide=1&company=${company}&period=${period}`)
  await expect(page.getByText('No chart has figures under the current filters.')).toBeVisible(PAGE_LOAD)
  // The slide asked for is not the link's fault: the filters are.
  await expect(page.getByText('Some of this link was ignored')).toHaveCount(0)
  await page.getByRole('button', { name: 'Show every chart' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText(slideOf(1))).toBeVisible()
  await expect(title(page)).toHaveText(CHARTS[0].title)
  // The button went with the empty deck: the focus is on the deck that replaced it.
  await expect(page.getByRole('main')).toBeFocused()
  const params = new URL(page.url()).searchParams
  expect([params.get('company'), params.get('period'), params.get('view')]).toEqual([null, null, 'present'])
})

test('a filtered slide gives its chart at least half the slide, and its sources are a caption toggle', async ({
  page,
}) => {
  const azure = fact('share-azure-2023-q4')
  await page.setViewportSize({ width: 1280, height: 720 })
  await open(page, `./?view=present&slide=1&company=${azure.company}`)
  await expect(shareMark(page.getByRole('figure'), azure)).toBeVisible(PAGE_LOAD)
  // The slide number and the filter it names read at the size of the deck's buttons, not smaller.
  const fontSize = (l: Locator) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(await fontSize(page.getByText(slideOf(1)))).toBeGreaterThanOrEqual(
    await fontSize(page.getByRole('button', { name: 'Next slide' })),
  )
  // What the chart draws (bars, values, axis), not the box it is given.
  const drawn = await page.evaluate(() => {
    const svg = document.querySelector('main figure svg') as SVGSVGElement
    const rect = svg.getBoundingClientRect()
    const scale = rect.height / svg.viewBox.baseVal.height
    const box = [...svg.children].reduce(
      (b, el) => {
        const r = (el as SVGGraphicsElement).getBBox?.()
        return r && r.height ? { top: Math.min(b.top, r.y), bottom: Math.max(b.bottom, r.y + r.height) } : b
      },
      { top: Infinity, bottom: -Infinity },
    )
    return (box.bottom - box.top) * scale
  })
  expect(drawn).toBeGreaterThanOrEqual(360)
  // It grows its figure, not the words around it: the company's name, the direction's words and the key stay
  // smaller than the slide's title, while the 24% is larger.
  const px = (locator: Locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  const chart = page.getByRole('figure')
  const titleSize = await px(title(page))
  for (const words of [companyName(azure.company), 'Increasing, with faster growth rates', /^Triangle: /])
    expect(await px(chart.locator('text').filter({ hasText: words }).first()), String(words)).toBeLessThan(titleSize)
  expect(
    await px(
      chart
        .locator('text')
        .filter({ hasText: shownValue(azure) })
        .first(),
    ),
  ).toBeGreaterThan(titleSize)
  if (process.env.E2E_SHOTS) await page.screenshot({ path: 'docs/screenshots/slide-filtered-azure-1280.png' })

  const toggle = page.getByRole('button', { name: 'Sources', exact: true })
  await toggle.focus()
  await page.keyboard.press('Enter')
  const sources = page.getByRole('region', { name: 'Sources' })
  // Its producer, or that its sentence credits no one (the source line's "unattributed").
  await expect(sources).toContainText(
    `Numbers produced by: ${namesNoSource(azure.source) ? `no source named for ${azure.label}` : azure.source}`,
  )
  await expect(sources).toContainText(new RegExp(`Reported in \\d+ of ${articles.length} articles?`))
  await expect(sources).toBeInViewport({ ratio: 1 })
  if (process.env.E2E_SHOTS) await page.screenshot({ path: 'docs/screenshots/slide-sources-open-1280.png' })
})

test('on a phone held upright or on its side, the slide number and every deck button are on screen (upright, the tools under More), and a slide too short for its chart counts what it cuts', async ({
  page,
}) => {
  // Filtered, so the slide's line also says which filter is on; both companies keep every wave.
  const query = './?view=present&chart=layoffs&company=amazon,aws'
  const deck = page.getByRole('navigation', { name: 'Slides' })
  for (const [width, height] of [
    [375, 812],
    [812, 375],
  ]) {
    await page.setViewportSize({ width, height })
    await open(page, query)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chart('layoffs').title, PAGE_LOAD)
    const slideNumber = page.getByText(/^Slide \d+ of \d+ · /)
    await expect(slideNumber).toBeInViewport({ ratio: 1 })
    // Half the slide’s base, but never under the smallest text a chart draws (10 px): at 375 px wide it was 8.
    expect(await slideNumber.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(10)
    // Upright, the deck's tools fold under More, so that the slide keeps its height; they open over the slide.
    const more = deck.getByRole('button', { name: 'More deck tools' })
    if (width < 768) {
      await more.click()
      await expect(more).toHaveAttribute('aria-expanded', 'true')
    } else await expect(more).toBeHidden()
    const buttons = await deck.getByRole('button').all()
    expect(buttons.length).toBeGreaterThanOrEqual(7)
    for (const button of buttons) await expect(button, `${width}×${height}`).toBeInViewport({ ratio: 1 })
    if (width < 768) {
      // Escape folds the tools away before it would leave the deck, and the focus goes back to More.
      await deck.getByRole('button', { name: 'Download deck' }).focus()
      await page.keyboard.press('Escape')
      await expect(deck.getByRole('button', { name: 'Download deck' })).toBeHidden()
      await expect(more).toBeFocused()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chart('layoffs').title)
      // A tap on the slide folds them too.
      await more.click()
      await page.getByRole('heading', { level: 1 }).click()
      await expect(more).toHaveAttribute('aria-expanded', 'false')
    }
  }

  // On its side, and in a 640 × 360 window, the layoff slide has room for a wave or two: the latest, and the earlier
  // ones are counted, not scrolled out of sight.
  const cue = page.getByRole('link', { name: /^\d+ more values? · open chart$/ })
  const latest = fact('layoffs-2024-04')
  for (const [width, height] of [
    [812, 375],
    [640, 360],
  ]) {
    await page.setViewportSize({ width, height })
    await expect(cue, `${width}×${height}`).toBeInViewport({ ratio: 1 })
    // The chart's own marks, not the figures its context line names.
    const marks = page.getByRole('figure').locator('svg').getByRole('button')
    await expect(marks.filter({ hasText: /hundred/ }), `${width}×${height}: ${latest.label}`).toBeVisible()
    const cut = Number((await cue.textContent())!.match(/^\d+/)![0])
    expect((await marks.count()) + cut).toBe(facts.filter(drawnBy.layoffs).length)
  }
})

test('on a slide, Space presses the focused control, and Escape closes the Sources list, back on its button, before it leaves the deck', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await open(page, './?view=present&slide=1')
  await expect(title(page)).toHaveText(chart('market-share').title, PAGE_LOAD)
  const sources = page.getByRole('button', { name: 'Sources', exact: true })
  await sources.focus()
  await page.keyboard.press('Space')
  // Space opened the list over the slide rather than moving to slide 2; the focus went into the list.
  await expect(page.getByRole('region', { name: 'Sources' })).toBeFocused()
  expect(slideParam(page)).toBe('1')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('region', { name: 'Sources' })).toBeHidden()
  await expect(sources).toBeFocused()
  await expect(title(page)).toHaveText(chart('market-share').title)
  // From the page, Space moves the deck on.
  await sources.blur()
  await page.keyboard.press('Space')
  await expect(title(page)).toHaveText(chart('aws-results').title)
})

test('the focus goes into the deck, stays on Next at the last slide, follows a slide change from a bar, and comes back to Present when the deck closes', async ({
  page,
}) => {
  await open(page, './')
  const present = page.getByRole('button', { name: 'Present' })
  await present.focus()
  await page.keyboard.press('Enter')
  const deck = page.getByRole('main')
  await expect(deck).toBeFocused(PAGE_LOAD)
  await expect(deck).toHaveAttribute('aria-roledescription', 'slide deck')

  // A bar that leaves with its slide hands the focus to the deck, not to the page.
  const first = page.getByRole('figure').getByRole('button', { name: /^AWS/ }).first()
  await first.focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByText(slideOf(2))).toBeVisible()
  await expect(deck).toBeFocused()

  // Next, pressed onto the last slide, keeps the focus and says it goes no further.
  const next = page.getByRole('button', { name: 'Next slide' })
  await next.focus()
  for (let slide = 3; slide <= CHARTS.length; slide++) {
    await page.keyboard.press('Enter')
    await expect(page.getByText(slideOf(slide))).toBeVisible()
  }
  await expect(next).toBeFocused()
  await expect(next).toBeDisabled()
  await page.keyboard.press('Enter')
  await expect(page.getByText(slideOf(CHARTS.length))).toBeVisible()

  await page.getByRole('button', { name: 'Exit presentation' }).click()
  await expect(present).toBeFocused()
})

test('left alone, the deck’s buttons fade from the slide; a move of the pointer or the keyboard’s focus on one brings them back', async ({
  page,
}) => {
  await page.clock.install()
  await open(page, './?view=present')
  const slides = page.getByRole('navigation', { name: 'Slides' })
  const next = slides.getByRole('button', { name: 'Next slide' })
  await expect(next).toBeVisible(PAGE_LOAD)
  await expect(slides).toHaveCSS('opacity', '1')
  await page.clock.fastForward('00:04')
  await expect(slides).toHaveCSS('opacity', '0')
  // The slide number stays: it is part of the slide.
  await expect(page.getByText(slideOf(1))).toBeVisible()
  // Faded, a button takes no tap: the tap that brings them back presses nothing.
  const box = (await next.boundingBox())!
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await expect(slides).toHaveCSS('opacity', '1')
  await expect(page.getByText(slideOf(1))).toBeVisible()
  await page.clock.fastForward('00:04')
  await expect(slides).toHaveCSS('opacity', '0')
  // The arrows (or a clicker) change slides without bringing the buttons back.
  await page.keyboard.press('ArrowRight')
  await expect(page.getByText(slideOf(2))).toBeVisible()
  await expect(slides).toHaveCSS('opacity', '0')
  await page.mouse.move(200, 200)
  await expect(slides).toHaveCSS('opacity', '1')
  // A click's focus does not keep them: they fade again.
  await next.click()
  await expect(page.getByText(slideOf(3))).toBeVisible()
  await page.clock.fastForward('00:04')
  await expect(slides).toHaveCSS('opacity', '0')
  // The keyboard's focus on a button shows them, however long it stays there.
  await page.keyboard.press('Shift+Tab')
  await expect(slides.getByRole('button', { name: 'Previous slide' })).toBeFocused()
  await page.clock.fastForward('00:04')
  await expect(slides).toHaveCSS('opacity', '1')
})

test('on a 375 × 667 phone the deck’s top row keeps its size from slide to slide: every title starts at one height', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 })
  await open(page, './?view=present')
  const tops: number[] = []
  for (let n = 1; n <= CHARTS.length; n++) {
    await expect(page.getByText(slideOf(n))).toBeVisible(PAGE_LOAD)
    await expect(title(page)).toHaveText(CHARTS[n - 1].title)
    tops.push((await title(page).boundingBox())!.y)
    await page.keyboard.press('ArrowRight')
  }
  expect(new Set(tops).size, `title tops ${tops.join(', ')}`).toBe(1)
})
