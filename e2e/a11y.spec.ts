import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { article, companyName, dashboard, fact, openDashboard, slideOf } from './fixtures.ts'

/*
 * Every view, in both themes, checked by axe against WCAG 2.0 and 2.1 A and AA.
 * Each view is opened by its URL and waited for by what a reader would see.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const share = fact('share-aws-2023-q4')
const quotedArticle = article(share.citations[0].article)
const shareMark = new RegExp(`^${companyName(share.company)}: ${share.value.amount}%`)

interface View {
  name: string
  query: string
  /** A screen other than the desktop default (the phone's sheet). */
  viewport?: { width: number; height: number }
  /** Resolves once the view is drawn (and whatever the view is about is opened). */
  ready: (page: Page) => Promise<void>
}

const chartTitles = {
  'market-share': 'Cloud infrastructure market share',
  'aws-results': 'AWS revenue and operating profit',
  layoffs: 'Amazon layoff waves',
} as const

const VIEWS: View[] = [
  {
    name: 'dashboard',
    query: '',
    ready: async (page) => {
      await expect(dashboard(page).factsHeading).toBeVisible()
      await expect(dashboard(page).marketShare.getByRole('button', { name: shareMark })).toBeVisible()
    },
  },
  {
    name: 'dashboard with the evidence panel open',
    query: `?fact=${share.id}`,
    ready: async (page) => {
      await expect(dashboard(page).evidence.getByRole('heading', { level: 2 })).toHaveText(share.label)
      await expect(dashboard(page).evidence.getByRole('button', { name: 'Read in article' }).first()).toBeVisible()
    },
  },
  {
    name: 'evidence sheet on a 375 px phone',
    query: `?fact=${share.id}`,
    viewport: { width: 375, height: 812 },
    ready: async (page) => {
      const sheet = page.getByRole('dialog', { name: /^Evidence/ })
      await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(share.label)
      await expect(sheet.getByRole('button', { name: 'Read in article' }).first()).toBeVisible()
    },
  },
  {
    name: 'dashboard with an Export menu open',
    query: '',
    ready: async (page) => {
      await dashboard(page)
        .marketShare.getByRole('button', { name: /^Export/ })
        .click()
      await expect(page.getByRole('menuitem').first()).toBeFocused()
    },
  },
  {
    name: 'dashboard with the ignored-parameters notice and a search with no match',
    query: '?company=ibm&foo=bar&q=zzzz',
    ready: async (page) => {
      await expect(page.getByRole('status').filter({ hasText: 'Some of this link was ignored' })).toBeVisible()
      await expect(dashboard(page).factsRegion.getByRole('status').filter({ hasText: 'No facts match' })).toBeVisible()
    },
  },
  {
    name: 'full-article dialog',
    query: `?fact=${share.id}&article=${quotedArticle.id}`,
    ready: async (page) => {
      const dialog = page.getByRole('dialog')
      await expect(dialog).toBeVisible()
      await expect(dialog.getByRole('button', { name: 'Close article' })).toBeVisible()
    },
  },
  ...(Object.entries(chartTitles) as [keyof typeof chartTitles, string][]).map(([chart, title]) => ({
    name: `embed of ${chart}`,
    query: `?view=embed&chart=${chart}`,
    ready: async (page: Page) => {
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
      await expect(page.getByRole('figure', { name: title }).getByRole('button').first()).toBeVisible()
    },
  })),
  ...[1, 2, 3].map((slide) => ({
    name: `presentation slide ${slide}`,
    query: `?view=present&slide=${slide}`,
    ready: async (page: Page) => {
      await expect(page.getByText(slideOf(slide))).toBeVisible()
      await expect(page.getByRole('figure').getByRole('button').first()).toBeVisible()
    },
  })),
]

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  }))
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    for (const view of VIEWS) {
      test(`${view.name} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        if (view.viewport) await page.setViewportSize(view.viewport)
        const query = view.query ? `${view.query}&theme=${theme}` : `?theme=${theme}`
        await page.goto(`./${query}`)
        await view.ready(page)
        await expect
          .poll(() => page.evaluate(() => document.documentElement.classList.contains('dark')))
          .toBe(theme === 'dark')
        expect(await axeViolations(page)).toEqual([])
      })
    }
  })
}

/** Every transition and animation duration of an element, in milliseconds. */
const MOTION_SCRIPT = (el: Element) => {
  const style = getComputedStyle(el)
  const ms = (list: string) =>
    list.split(',').map((d) => {
      const v = d.trim()
      // Rounded to a nanosecond: 0.01 ms reads back as "1e-05s", and 1e-05 * 1000 is not quite 0.01.
      return Math.round((v.endsWith('ms') ? parseFloat(v) : parseFloat(v) * 1000) * 1e6) / 1e6
    })
  return { transition: ms(style.transitionDuration), animation: ms(style.animationDuration) }
}

async function longestMotion(page: Page) {
  const controls = page.getByRole('button')
  const count = await controls.count()
  expect(count).toBeGreaterThan(10)
  let longest = { name: '', ms: 0 }
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i)
    const { transition, animation } = await control.evaluate(MOTION_SCRIPT)
    const ms = Math.max(...transition, ...animation)
    if (ms > longest.ms)
      longest = { name: (await control.getAttribute('aria-label')) ?? (await control.innerText()), ms }
  }
  return longest
}

// The app draws nothing that moves today (a filter chip changes colour at once): a button written with a
// transition stands in for the next one someone adds, which the reader's preference must still stop.
const addMovingButton = (page: Page) =>
  page.evaluate(() => {
    const button = document.body.appendChild(document.createElement('button'))
    button.textContent = 'Moving'
    button.style.transition = 'color 200ms'
    button.style.animation = 'none 300ms'
  })

test.describe('reduced motion', () => {
  test('without the preference, a transition plays as written (so the next test can fail)', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await page.goto('./')
    await expect(dashboard(page).factsHeading).toBeVisible()
    await addMovingButton(page)
    const { transition, animation } = await page.getByRole('button', { name: 'Moving' }).evaluate(MOTION_SCRIPT)
    expect(Math.max(...transition, ...animation)).toBe(300)
  })

  test('with reducedMotion "reduce", no chip or button keeps a transition or animation over 0.01 ms', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto('./')
    await expect(dashboard(page).factsHeading).toBeVisible()
    await expect(dashboard(page).company(companyName('aws'))).toBeVisible()
    await addMovingButton(page)
    const longest = await longestMotion(page)
    expect(longest.ms, `longest motion, on "${longest.name}"`).toBeLessThanOrEqual(0.01)
  })
})

test('on a phone every tap target is 24 px or has room around it (WCAG 2.2 target size)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 })
  await openDashboard(page)
  const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze()
  expect(results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary}`))).toEqual(
    [],
  )
})
