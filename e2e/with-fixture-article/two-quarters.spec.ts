import { expect, test, type Locator } from '@playwright/test'
import JSZip from 'jszip'
import { exportChart, read } from '../export-menu.ts'
import { openDashboard } from '../fixtures.ts'
import { readPng } from '../png.ts'
import { disputed, quarters, shares, type Share } from './dataset.ts'

/*
 * A reader of a build whose data holds a following quarter's shares (the fixture article added to a scratch
 * copy): the share chart shows both quarters, in the card, an embed, a slide, a PNG and a PowerPoint slide.
 * Run against such a build, with DATASET_DIR naming its data folder.
 */

const TITLE = 'Cloud infrastructure market share'
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const subtitle = new RegExp(`^${quarters.map((q) => escape(q.words)).join(' and ')} ·`)
/** A share's mark, named for its company, quarter and value. */
const mark = (scope: Locator, s: Share) =>
  scope.getByRole('button', { name: new RegExp(`^${escape(`${s.company}, ${s.quarter}: ${s.value}`)}[.,]`) })

async function showsBothQuarters(chart: Locator) {
  await expect(chart.getByText(subtitle)).toBeVisible()
  for (const s of shares) await expect(mark(chart, s)).toBeVisible()
}

test.beforeAll(() => {
  expect(quarters.length, 'the dataset under test holds shares in two quarters').toBeGreaterThan(1)
})

test('the dashboard’s share chart shows every quarter’s shares, both figures where the articles differ, and so do its PNG and PowerPoint slide', async ({
  page,
}) => {
  await openDashboard(page)
  const card = page.getByRole('region', { name: TITLE })
  await showsBothQuarters(card)
  for (const s of disputed) await expect(mark(card, s)).toBeVisible()

  // The PNG and the PowerPoint slide hold both quarters.
  const [first, last] = [quarters[0], quarters.at(-1)!]
  // The PNG is drawn from the chart's SVG: its name says the quarters, the SVG holds their words and values.
  const png = await exportChart(page, TITLE, 'PNG for slides')
  expect(png.suggestedFilename()).toContain(`${first.key}-to-${last.key}`)
  expect((await readPng(page, await read(png))).distinct).toBeGreaterThan(8)
  const svg = (await read(await exportChart(page, TITLE, 'SVG'))).toString('utf8')
  for (const q of quarters) expect(svg).toContain(q.words)

  const deck = await JSZip.loadAsync(await read(await exportChart(page, TITLE, 'PowerPoint slide')))
  const [chartPart] = Object.keys(deck.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
  const xml = await deck.file(chartPart)!.async('string')
  expect(xml).toContain('<c:lineChart>')
  // One series per quarter (and one for a second figure), categories the companies, numbers as numbers.
  const series = [...xml.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map(([, ser]) => ({
    name: /<c:tx>.*?<c:v>(.*?)<\/c:v>/.exec(ser)![1],
    categories: [.../<c:cat>(.*?)<\/c:cat>/.exec(ser)![1].matchAll(/<c:pt idx="(\d+)"><c:v>(.*?)<\/c:v>/g)],
    values: new Map(
      [.../<c:val>(.*?)<\/c:val>/.exec(ser)![1].matchAll(/<c:pt idx="(\d+)"><c:v>(.*?)<\/c:v>/g)].map((m) => [
        m[1],
        Number(m[2]),
      ]),
    ),
  }))
  for (const s of shares.filter((x) => x.amount !== null)) {
    const held = series.some(
      (ser) =>
        ser.name.startsWith(s.quarter) &&
        ser.categories.some(([, idx, name]) => name === s.company && ser.values.get(idx) === s.amount),
    )
    expect(held, `${s.company} ${s.quarter} ${s.value} in the slide's chart`).toBe(true)
  }

  // Picking one quarter draws that quarter alone, and the subtitle says which.
  await page.goto(`./?period=${last.key}`)
  await expect(card.getByText(new RegExp(`^${escape(last.words)} ·`))).toBeVisible()
  await expect(card.getByText(subtitle)).toHaveCount(0)
})

test('an embed and a slide show both quarters', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 })
  await page.goto('./?view=embed&chart=market-share')
  await showsBothQuarters(page.locator('body'))
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('./?view=present')
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible()
  await showsBothQuarters(page.locator('body'))
})
