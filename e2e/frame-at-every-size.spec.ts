import { expect, test, type Page } from '@playwright/test'
import { facts, inShippedFont, open } from './fixtures.ts'

/*
 * The frame's layout properties (src/features/charts/layout/frame.property.test.ts, every width from 240 to
 * 2560 px at 4:3 to 21:9 and at the content's height) checked again with the browser's own text widths, at the
 * smallest and the largest frame (a 16:9 one, which shows every mark) and the narrowest responsive embed. The
 * browser's widths of every chart string are held to the layout's in src/features/charts/layout/text-width.chromium.test.ts,
 * so the sizes between are the property test's.
 */

const CHARTS = ['market-share', 'aws-results', 'layoffs'] as const

const metric = (name: string) => facts.filter((f) => f.metric === name)
const shares = metric('market_share')
/** How many marks each chart draws, read from the dataset: each share and the change in it, each result, each wave. */
const MARKS: Record<(typeof CHARTS)[number], number> = {
  'market-share':
    shares.length +
    metric('trend').filter((t) => / share of /.test(t.label) && shares.some((s) => s.company === t.company)).length,
  'aws-results': metric('revenue').length + metric('profit').length,
  layoffs: metric('layoffs').length,
}

interface Layout {
  overlaps: string[]
  beyond: string[]
  marks: number
  whole: number
  cue: string | null
}

/** Every line of visible text in the page (HTML line boxes and SVG texts), and the marks, read in one go. */
function readLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const boxes: { text: string; box: DOMRect }[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!
      if (!node.textContent?.trim() || el.closest('.sr-only, style, script, [hidden]')) continue
      if (el.closest('svg')) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const box of range.getClientRects()) if (box.width > 0) boxes.push({ text: node.textContent.trim(), box })
    }
    for (const t of document.querySelectorAll('svg[data-chart] text'))
      if (t.getBoundingClientRect().width > 0) boxes.push({ text: t.textContent ?? '', box: t.getBoundingClientRect() })
    const overlaps: string[] = []
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i].box, boxes[j].box]
        const apart = a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1
        if (!apart) overlaps.push(`"${boxes[i].text}" / "${boxes[j].text}"`)
      }
    const { innerWidth: w } = window
    const height = document.documentElement.scrollHeight
    const beyond = boxes
      .filter((b) => b.box.left < -1 || b.box.right > w + 1 || b.box.bottom > height + 1)
      .map((b) => b.text)
    const marks = [...document.querySelectorAll('svg[data-chart] [aria-pressed]')]
    const frame = document.querySelector('#root > *')!.getBoundingClientRect()
    const whole = marks.filter((m) => m.getBoundingClientRect().bottom <= frame.bottom + 0.5).length
    const cue = [...document.querySelectorAll('a')].find((a) => /open chart$/.test(a.textContent ?? ''))
    return { overlaps, beyond, marks: marks.length, whole, cue: cue?.textContent ?? null }
  })
}

async function openEmbed(page: Page, chart: string, fit = false) {
  await open(page, `./embed-${chart}.html?view=embed&chart=${chart}${fit ? '&fit=content' : ''}`)
  await expect(page.locator('#root:not([aria-busy]) svg[data-chart]')).toHaveCount(1)
  await inShippedFont(page)
}

for (const [width, height] of [
  [240, 180],
  [2560, 1440],
]) {
  test(`a ${width}×${height} embed overlaps no text, keeps every text inside and shows its marks or counts them`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    for (const chart of CHARTS) {
      await openEmbed(page, chart)
      const layout = await readLayout(page)
      expect(layout.overlaps, `${chart} at ${width}×${height}`).toEqual([])
      expect(layout.beyond, `${chart} at ${width}×${height}`).toEqual([])
      if (width >= 480 && Math.abs(width / height - 16 / 9) < 0.01) {
        expect(layout.marks, `${chart} at ${width}×${height}`).toBe(MARKS[chart])
        expect(layout.whole, `${chart} at ${width}×${height}`).toBe(MARKS[chart])
        expect(layout.cue).toBeNull()
      } else if (layout.whole < MARKS[chart])
        expect(layout.cue, `${chart} at ${width}×${height}`).toMatch(/open chart$/)
    }
  })
}

// The narrowest: a responsive embed grows to hold its marks, and the narrowest is where its text is most crowded.
for (const width of [240]) {
  test(`a responsive embed ${width} px wide overlaps no text and shows every mark`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    for (const chart of CHARTS) {
      await openEmbed(page, chart, true)
      const layout = await readLayout(page)
      expect(layout.overlaps, `${chart} at ${width}`).toEqual([])
      expect(layout.beyond, `${chart} at ${width}`).toEqual([])
      expect(layout.marks, `${chart} at ${width}`).toBe(MARKS[chart])
    }
  })
}
