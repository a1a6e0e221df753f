import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { awsShareMark, chart, CHARTS, dashboard, fact, open, openDashboard, slideOf } from './fixtures.ts'

/*
 * Every view checked by axe against WCAG 2.0 and 2.1 A and AA: the dashboard with each thing that opens on
 * it, the phone's sheet, an embed and a slide in the light theme, and the dashboard in the dark one (the
 * palettes' contrasts are computed for every colour in src/config/palette.test.ts). Each view is reached as a
 * reader would, one page load per medium, and waited for by what it shows.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const share = fact('share-aws-2023-q4')

/**
 * Violations in the page, or in the part `include` selects (what just opened over an unchanged page); of every
 * WCAG rule, or of `rules` alone.
 */
async function violations(page: Page, include?: string, rules?: string[]) {
  const axe = rules ? new AxeBuilder({ page }).withRules(rules) : new AxeBuilder({ page }).withTags(WCAG_TAGS)
  if (include) axe.include(include)
  const results = await axe.analyze()
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  }))
}

/**
 * The names Chromium's accessibility tree gives the page's parts: what a screen reader says, where Playwright's own
 * reading of the DOM can differ (a text node of a space alone, or a margin, is no space to it).
 */
async function accessibleNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = await cdp.send('Accessibility.getFullAXTree')
  await cdp.detach()
  return nodes.map((n) => String(n.name?.value ?? ''))
}

const inTheme = (page: Page, theme: 'light' | 'dark') =>
  expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark')

/** An embed, drawn: its title and a mark. */
async function openEmbed(page: Page, id: string, theme: 'light' | 'dark') {
  await open(page, `./?view=embed&chart=${id}&theme=${theme}`)
  const { title } = chart(id)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByRole('figure', { name: title }).getByRole('button').first()).toBeVisible()
  await inTheme(page, theme)
}

/** A slide, drawn: its number and a mark. */
async function expectSlide(page: Page, n: number) {
  await expect(page.getByText(slideOf(n))).toBeVisible()
  await expect(page.getByRole('figure').getByRole('button').first()).toBeVisible()
}

test.describe('axe, light theme', () => {
  test('the dashboard, with the ignored-parameters notice, a search with no match, the evidence, an article and a menu', async ({
    page,
  }) => {
    test.slow()
    const d = dashboard(page)
    await openDashboard(page, '?company=ibm&foo=bar&q=zzzz&theme=light')
    await expect(page.getByRole('status').filter({ hasText: 'Some of this link was ignored' })).toBeVisible()
    await expect(d.factsRegion.getByRole('status').filter({ hasText: 'No facts match' })).toBeVisible()
    await awsShareMark(page).click()
    await expect(d.evidence.getByRole('heading', { level: 2 })).toHaveText(share.label)
    await expect(d.evidence.getByRole('button', { name: 'Read in article' }).first()).toBeVisible()
    // Each “Read in article” names its article; a chart's marks are buttons of its figure, in no unnamed image.
    const source = (await d.evidence.getByRole('heading', { level: 4 }).first().textContent())!
    await expect(d.evidence.getByRole('button', { name: /^Read in article/ }).first()).toHaveAccessibleName(
      `Read in article: ${source}`,
    )
    await expect(d.marketShare.getByRole('figure').getByRole('img')).toHaveCount(0)
    await expect(d.marketShare.getByRole('figure').getByRole('button', { name: /^AWS: / })).toBeVisible()
    await inTheme(page, 'light')
    expect(await violations(page)).toEqual([])

    await d.evidence.getByRole('button', { name: 'Read in article' }).first().click()
    const article = page.getByRole('dialog')
    await expect(article.getByRole('button', { name: 'Close article' })).toBeVisible()
    expect(await violations(page, 'dialog[open]')).toEqual([])
    await page.keyboard.press('Escape')
    await expect(article).toBeHidden()

    await d.marketShare.getByRole('button', { name: /^Export/ }).click()
    await expect(page.getByRole('menuitem').first()).toBeFocused()
    expect(await violations(page, '[role="menu"]')).toEqual([])
  })

  test('on a 375 px phone, the page as built: every tap target is 24 px or has room around it, holds the words it shows in its name, its words are said as written, and the evidence sheet passes', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 })
    // The page as built and taken over, not drawn afresh: its markup is the build's.
    await openDashboard(page)
    await inTheme(page, 'light')
    // WCAG 2.2's target size, which the 2.1 tags do not include, and 2.5.3's label in name (a mark's value label
    // on two lines is still words a reader can say to select it), which axe counts as experimental.
    const targets = await new AxeBuilder({ page }).withRules(['target-size', 'label-content-name-mismatch']).analyze()
    expect(
      targets.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary}`)),
    ).toEqual([])
    // Said as written: "9 rows", "over 1,000 lower bound", never a number run into the word after it.
    await expect(dashboard(page).factsRegion.getByRole('row').nth(1)).toBeVisible()
    const names = await accessibleNames(page)
    for (const { title } of CHARTS)
      expect(names).toContainEqual(
        expect.stringMatching(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: data, \\d+ rows?$`),
      )
    expect(names).toContainEqual(expect.stringContaining('1,000 lower bound'))
    expect(names.filter((n) => /\d[a-z]{3,}/.test(n))).toEqual([])

    await awsShareMark(page).click()
    const sheet = page.getByRole('dialog', { name: /^Evidence/ })
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(share.label)
    await expect(sheet.getByRole('button', { name: 'Read in article' }).first()).toBeVisible()
    expect(await violations(page)).toEqual([])
  })

  // One embed and one slide: the dashboard above holds every chart, and an embed or a slide differs from another
  // by its chrome, not its chart.
  test('an embed and a slide', async ({ page }) => {
    await openEmbed(page, CHARTS[1].id, 'light')
    expect(await violations(page), 'embed').toEqual([])

    const last = CHARTS.length
    await open(page, `./?view=present&slide=${last}&theme=light`)
    await expectSlide(page, last)
    expect(await violations(page), `slide ${last}`).toEqual([])
  })
})

// The dark palette once, on the dashboard: its charts, evidence and chrome use every dark colour an embed or a slide
// does (their chrome is checked in the light theme above), and each colour's contrast is computed in
// src/config/palette.test.ts. A theme changes colours, not structure: the rule a palette can break is contrast.
test('axe, dark theme: the dashboard with its evidence keeps its contrasts; with reduced motion asked for, no button keeps a transition or animation over 0.01 ms', async ({
  page,
}) => {
  await openDashboard(page, `?fact=${share.id}&theme=dark`)
  await expect(dashboard(page).evidence.getByRole('heading', { level: 2 })).toHaveText(share.label)
  await inTheme(page, 'dark')
  expect(await violations(page, undefined, ['color-contrast'])).toEqual([])

  // With reduced motion asked for, no button keeps a transition or animation over 0.01 ms.
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  // The app draws nothing that moves today (a filter chip changes colour at once): a button written with a
  // transition stands in for the next one someone adds, which the reader's preference must still stop.
  await page.evaluate(() => {
    const button = document.body.appendChild(document.createElement('button'))
    button.textContent = 'Moving'
    button.style.transition = 'color 200ms'
    button.style.animation = 'none 300ms'
  })
  // Without the preference it plays as written: what follows can fail.
  expect((await longestMotion(page)).ms).toBe(300)

  await page.emulateMedia({ reducedMotion: 'reduce' })
  const longest = await longestMotion(page)
  expect(longest.buttons).toBeGreaterThan(10)
  expect(longest.ms, `longest motion, on "${longest.name}"`).toBeLessThanOrEqual(0.01)
})

/** The longest transition or animation of any button on the page, in milliseconds, and the button's name. */
const longestMotion = (page: Page) =>
  page.evaluate(() => {
    const ms = (list: string) =>
      list.split(',').map((d) => {
        const v = d.trim()
        // Rounded to a nanosecond: 0.01 ms reads back as "1e-05s", and 1e-05 * 1000 is not quite 0.01.
        return Math.round((v.endsWith('ms') ? parseFloat(v) : parseFloat(v) * 1000) * 1e6) / 1e6
      })
    const buttons = [...document.querySelectorAll('button, [role="button"]')]
    let longest = { name: '', ms: 0, buttons: buttons.length }
    for (const el of buttons) {
      const style = getComputedStyle(el)
      const longestHere = Math.max(...ms(style.transitionDuration), ...ms(style.animationDuration))
      if (longestHere > longest.ms)
        longest = {
          name: el.getAttribute('aria-label') ?? el.textContent ?? '',
          ms: longestHere,
          buttons: buttons.length,
        }
    }
    return longest
  })
