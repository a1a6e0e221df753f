import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  awsShareMark,
  companyName,
  dashboard,
  expectFactCount,
  expectParam,
  fact,
  factsWhere,
  layoffMark,
  openDashboard,
  PAGE_LOAD,
  quarterLabel,
  quarterOf,
  shareMark,
  statedBy,
  tabTo,
  valueCitations,
} from './fixtures.ts'

/*
 * A reader's ergonomics: skip links and focus that follows the reader, the keyboard everywhere a mouse goes,
 * the phone sheet as a modal dialog, menus that behave like menus, and a notice about a link that stays small
 * and goes away. Tab order within a chart (src/components/tabbable.test.ts) and the menu's keys
 * (src/components/menu-keys.test.ts) are also unit-tested.
 */

const share = fact('share-aws-2023-q4')
const azureShare = fact('share-azure-2023-q4')

const evidenceHeading = (page: Page) => dashboard(page).evidence.getByRole('heading', { level: 2 })
/** The evidence as a bottom sheet (narrow screens): a modal dialog named for its fact. */
const evidenceSheet = (page: Page) => page.getByRole('dialog', { name: /^Evidence/ })
const exportButton = (chart: Locator) => chart.getByRole('button', { name: /^Export/ })
const showEvidence = (page: Page) => dashboard(page).marketShare.getByRole('button', { name: /^Show evidence/ })
/** AWS's change in share, in words, drawn under its bar: the mark after AWS's share. */
const awsChange = (page: Page) => dashboard(page).marketShare.getByRole('button', { name: /^AWS, change: / })

/**
 * The keyboard's ring on `target`, focused: whether it is drawn at least 2 px wide, whether a gap keeps it off the
 * control's own fill (a ring touching a dark fill reads as a bigger button), and its contrast with the backdrop.
 */
const focusRing = (target: Locator) =>
  target.evaluate((el) => {
    const style = getComputedStyle(el)
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!
    // Any CSS colour (oklch, hex) as sRGB, through the canvas; a transparent one reads as no colour.
    const rgba = (color: string) => {
      context.clearRect(0, 0, 1, 1)
      context.fillStyle = color
      context.fillRect(0, 0, 1, 1)
      return [...context.getImageData(0, 0, 1, 1).data]
    }
    const luminance = (color: string) => {
      const [r, g, b] = rgba(color).map((v) =>
        v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4,
      )
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    let backdrop = el.parentElement!
    while (rgba(getComputedStyle(backdrop).backgroundColor)[3] === 0 && backdrop.parentElement)
      backdrop = backdrop.parentElement
    const [ring, behind] = [luminance(style.outlineColor), luminance(getComputedStyle(backdrop).backgroundColor)]
    return {
      drawn: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      apart: parseFloat(style.outlineOffset) >= 1,
      contrast: (Math.max(ring, behind) + 0.05) / (Math.min(ring, behind) + 0.05),
    }
  })

/** Whether the focus is on `target` or inside it. */
const hasFocus = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))

test.describe('focus that follows the reader', () => {
  test('the first Tab stops are the skip links, and each moves the focus where it says', async ({ page }) => {
    await openDashboard(page)
    const toCharts = page.getByRole('link', { name: 'Skip to charts' })
    const toEvidence = page.getByRole('link', { name: 'Skip to evidence' })

    await page.keyboard.press('Tab')
    await expect(toCharts).toBeFocused()
    await expect(toCharts).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toBeFocused()
    // Past the header and the filters: the next Tab lands in the first chart.
    await page.keyboard.press('Tab')
    expect(await hasFocus(dashboard(page).marketShare)).toBe(true)

    await page.reload()
    await expect(dashboard(page).factsHeading).toBeVisible(PAGE_LOAD)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(toEvidence).toBeFocused()
    await expect(toEvidence).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(evidenceHeading(page)).toBeFocused()
    // The URL carries the view, not a #fragment.
    expect(new URL(page.url()).hash).toBe('')
  })

  test('Tab reaches a chart mark, Enter and Space select it, the focus stays, and “Show evidence” comes next, moves the focus to the evidence, and closing it gives the focus back to the mark', async ({
    page,
  }) => {
    await openDashboard(page)
    const d = dashboard(page)
    const aws = awsShareMark(page)
    const azure = shareMark(d.marketShare, azureShare)
    await tabTo(page, aws)
    await page.keyboard.press('Enter')
    await expect(aws).toHaveAttribute('aria-pressed', 'true')
    await expect(evidenceHeading(page)).toHaveText(share.label)
    // Keyboard users go on from where they were: “Show evidence” for the mark just chosen, then the next mark.
    await expect(aws).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(showEvidence(page)).toBeFocused()
    await expect(showEvidence(page)).toHaveAccessibleName(`Show evidence for ${share.label}`)
    await page.keyboard.press('Tab')
    await expect(awsChange(page)).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(azure).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(awsChange(page)).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(showEvidence(page)).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(aws).toBeFocused()

    // Space selects too, and does not scroll the page.
    await tabTo(page, azure)
    const scrolled = await page.evaluate(() => window.scrollY)
    await page.keyboard.press(' ')
    await expect(azure).toHaveAttribute('aria-pressed', 'true')
    await expect(aws).toHaveAttribute('aria-pressed', 'false')
    await expect(evidenceHeading(page)).toHaveText(azureShare.label)
    await expectParam(page, 'fact', azureShare.id)
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)

    // A layoff wave, further down, works the same way.
    const cut = fact('layoffs-2024-04')
    await tabTo(page, layoffMark(page, cut.id))
    await page.keyboard.press('Enter')
    await expect(evidenceHeading(page)).toHaveText(cut.label)
    await expect(statedBy(d.evidence, cut).getByRole('blockquote').first()).toContainText(valueCitations(cut)[0].quote)

    // “Show evidence” moves the focus to the evidence; closing it gives the focus back to the mark.
    await aws.focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(showEvidence(page)).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(evidenceHeading(page)).toBeFocused()
    await expect(evidenceHeading(page)).toHaveText(share.label)

    // Close, from the keyboard.
    await page.keyboard.press('Tab')
    await expect(dashboard(page).evidence.getByRole('button', { name: 'Close evidence' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expectParam(page, 'fact', null)
    await expect(aws).toBeFocused()
    await expect(aws).toHaveAttribute('aria-pressed', 'false')

    // Escape inside the panel closes it the same way.
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(evidenceHeading(page)).toBeFocused()
    await page.keyboard.press('Escape')
    await expectParam(page, 'fact', null)
    await expect(aws).toBeFocused()

    // A fact chosen inside the panel (an input of a derived value) moves the focus to its heading.
    const others = fact('share-others-2023-q4')
    await shareMark(dashboard(page).marketShare, others).click()
    await expect(evidenceHeading(page)).toHaveText(others.label)
    await dashboard(page)
      .evidence.getByRole('button', { name: new RegExp(`^${share.label}`) })
      .focus()
    await page.keyboard.press('Enter')
    await expectParam(page, 'fact', share.id)
    await expect(evidenceHeading(page)).toHaveText(share.label)
    await expect(evidenceHeading(page)).toBeFocused()
  })

  test('a key figure or a table row chosen by keyboard is followed by “Show evidence”, shown as Tab reaches it, which moves the focus to the evidence beside', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await openDashboard(page)
    const d = dashboard(page)
    // The share is drawn in a chart too, whose own “Show evidence” for it stands by its mark.
    const choices = [
      { part: d.keyFigures, chosen: d.keyFigures.getByRole('button').first(), label: null },
      {
        part: d.factsRegion,
        chosen: d.factsRegion.getByRole('button', { name: share.label, exact: true }),
        label: share.label,
      },
    ]
    for (const { part, chosen, label } of choices) {
      await chosen.focus()
      await page.keyboard.press('Enter')
      await expect(chosen).toHaveAttribute('aria-pressed', 'true')
      const shown = label ?? (await evidenceHeading(page).textContent())!
      await expect(evidenceHeading(page)).toHaveText(shown)
      const route = part.getByRole('button', { name: `Show evidence for ${shown}` })
      await page.keyboard.press('Tab')
      await expect(route).toBeFocused()
      await expect(route).toBeInViewport({ ratio: 1 })
      // Escape clears the selection and takes the route away, the focus back on what was chosen.
      await page.keyboard.press('Escape')
      await expect(chosen).toHaveAttribute('aria-pressed', 'false')
      await expect(chosen).toBeFocused()
      await expect(route).toHaveCount(0)
      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await expect(evidenceHeading(page)).toBeFocused()
      await expect(evidenceHeading(page)).toHaveText(shown)
    }
  })

  test('Tab reaches the filters, the search box and the table’s sort buttons', async ({ page }) => {
    await openDashboard(page)
    const d = dashboard(page)
    const aws = d.company(companyName('aws'))
    await tabTo(page, aws)
    await page.keyboard.press('Space')
    await expect(aws).toHaveAttribute('aria-pressed', 'true')
    // Pressed, the chip is filled dark: the ring stands apart from the fill, as on the dark Present button.
    const present = page.getByRole('button', { name: 'Present' })
    for (const control of [aws, present]) {
      if (control === present) await tabTo(page, present, 80, 'Shift+Tab')
      const ring = await focusRing(control)
      expect(ring).toMatchObject({ drawn: true, apart: true })
      expect(ring.contrast).toBeGreaterThanOrEqual(3)
    }
    await expectFactCount(page, factsWhere({ companies: ['aws'] }).length)

    const quarter = quarterOf(share)
    const period = d.period(quarterLabel(quarter))
    await tabTo(page, period)
    await page.keyboard.press('Enter')
    await expect(period).toHaveAttribute('aria-pressed', 'true')
    const left = factsWhere({ companies: ['aws'], periods: [quarter] })
    await expectFactCount(page, left.length)

    await tabTo(page, d.search)
    await page.keyboard.type(share.label)
    await expect(d.factsTable.getByRole('rowheader', { name: share.label, exact: true })).toBeVisible()

    const valueHeader = d.factsTable.getByRole('columnheader', { name: 'Value' })
    const sortByValue = valueHeader.getByRole('button')
    await tabTo(page, sortByValue)
    await page.keyboard.press('Enter')
    await expect(valueHeader).toHaveAttribute('aria-sort', 'ascending')
  })
})

/** Presses Tab (or Shift+Tab) `times` times and checks after each press that the focus stayed in `scope`. */
async function expectTabStaysIn(page: Page, scope: Locator, times: number, key = 'Tab') {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key)
    expect(await hasFocus(scope), `${key} press ${i + 1}`).toBe(true)
  }
}

// At 200 % zoom on a 1280 × 800 laptop the page lays out for 640 × 400 CSS pixels: the shortest screen the sheet
// is shown on. On a phone the same sheet is checked by axe (a11y.spec.ts) and closed by a tap (dashboard.spec.ts).
test.describe('the evidence sheet at 200 % zoom', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })

  test('is a modal dialog at the bottom that takes and keeps the focus, and closes with Escape, Close or a tap above it', async ({
    page,
  }) => {
    await openDashboard(page)
    const aws = awsShareMark(page)
    await aws.focus()
    await page.keyboard.press('Enter')

    const sheet = evidenceSheet(page)
    await expect(sheet).toBeVisible()
    await expect(sheet).toHaveAccessibleName(`Evidence: ${share.label}`)
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(share.label)
    await expect(sheet.getByRole('blockquote').first()).toContainText(share.citations[0].quote)
    expect(await hasFocus(sheet)).toBe(true)
    // Opened as a modal dialog: the browser makes the page behind it inert.
    expect(await sheet.evaluate((el) => el.matches(':modal'))).toBe(true)
    // Along the bottom of the screen, as wide as it, leaving the page above in view.
    const box = (await sheet.boundingBox())!
    const viewport = page.viewportSize()!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5)
    expect(Math.abs(box.y + box.height - viewport.height)).toBeLessThanOrEqual(1)
    expect(box.y).toBeGreaterThan(20)
    // It stays put while the reader scrolls.
    await page.mouse.wheel(0, 400)
    await expect.poll(async () => (await sheet.boundingBox())!.y).toBeCloseTo(box.y, 0)

    const stops = await sheet.locator('button, a[href]').count()
    await expectTabStaysIn(page, sheet, stops + 2)
    await expectTabStaysIn(page, sheet, stops + 2, 'Shift+Tab')

    await page.keyboard.press('Escape')
    await expect(sheet).toBeHidden()
    await expectParam(page, 'fact', null)
    await expect(aws).toBeFocused()

    // The Close button, in view, closes it.
    await aws.click()
    await expect(sheet).toBeVisible()
    const close = sheet.getByRole('button', { name: /^Close/ })
    await expect(close).toBeInViewport()
    await close.click()
    await expect(sheet).toBeHidden()
    await expectParam(page, 'fact', null)

    // The page behind does not take a tap: the dimmed backdrop does, and closes the sheet.
    await aws.click()
    await expect(sheet).toBeVisible()
    await page.mouse.click(box.x + box.width / 2, box.y / 2)
    await expect(sheet).toBeHidden()
    await expectParam(page, 'fact', null)
  })
})

test('Export menus open on the first item, move with arrows, Home and End, and close on Escape, outside or another menu', async ({
  page,
}) => {
  await openDashboard(page)
  const d = dashboard(page)
  const button = exportButton(d.marketShare)
  await tabTo(page, button)
  await page.keyboard.press('Enter')
  const menu = page.getByRole('menu')
  await expect(menu).toBeVisible()
  await expect(button).toHaveAttribute('aria-expanded', 'true')
  const items = menu.getByRole('menuitem')
  expect(await items.count()).toBeGreaterThan(2)
  await expect(items.first()).toBeFocused()

  await page.keyboard.press('ArrowDown')
  await expect(items.nth(1)).toBeFocused()
  await page.keyboard.press('End')
  await expect(items.last()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(items.first()).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(items.last()).toBeFocused()
  await page.keyboard.press('Home')
  await expect(items.first()).toBeFocused()

  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
  await expect(button).toBeFocused()
  await expect(button).toHaveAttribute('aria-expanded', 'false')
  // ↑ on the button opens the menu on its last item.
  await page.keyboard.press('ArrowUp')
  await expect(items.last()).toBeFocused()

  // A click outside closes it; opening a second menu closes the first.
  await page.getByRole('heading', { name: 'Cloud market dashboard' }).click()
  await expect(menu).toHaveCount(0)
  await exportButton(d.marketShare).click()
  await expect(menu).toHaveCount(1)
  await exportButton(d.awsResults).click()
  await expect(menu).toHaveCount(1)
  await expect(exportButton(d.marketShare)).toHaveAttribute('aria-expanded', 'false')
  await expect(exportButton(d.awsResults)).toHaveAttribute('aria-expanded', 'true')
  await expect(d.awsResults.getByRole('menu')).toBeVisible()
})
