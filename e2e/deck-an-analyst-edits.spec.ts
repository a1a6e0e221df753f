import { expect, test, type Page } from '@playwright/test'
import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { companyName, fact, facts, open, slideOf } from './fixtures.ts'

/*
 * An analyst downloads the deck to rework it in PowerPoint: a native chart per slide, each chart's data sheet a
 * table they can re-chart, the quotes after them, the text set in a font Office has, and the notes short enough
 * to present from. A filtered deck and a single chart's slide are in pptx.spec.ts.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescapeXml = (xml: string) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e])
const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })

/** Downloads the deck from presentation mode, which says how many slides (one per chart) it has. */
async function downloadDeck(page: Page) {
  await open(page, './?view=present')
  const label = (await page.getByText(slideOf(1)).textContent()) ?? ''
  const slides = Number(/ of (\d+)/.exec(label)?.[1])
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download deck' }).click()
  expect((await download).suggestedFilename()).toBe('cloud-market-dashboard-deck.pptx')
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
    'Downloaded cloud-market-dashboard-deck.pptx',
  )
  const zip = await JSZip.loadAsync(readFileSync((await (await download).path())!))
  const names = (pattern: RegExp) =>
    Object.keys(zip.files)
      .filter((n) => pattern.test(n))
      .sort(byNumber)
  const text = (name: string) => zip.file(name)!.async('string')
  return { zip, names, text, slides }
}

/** The sheet embedded with a chart part: its rows of cells, numbers as numbers, text as text. */
async function sheetOf(deck: Awaited<ReturnType<typeof downloadDeck>>, chart: string) {
  const rels = await deck.text(chart.replace(/([^/]+)$/, '_rels/$1.rels'))
  const target = /embeddings\/([^"]+)"/.exec(rels)![1]
  const workbook = await JSZip.loadAsync(await deck.zip.file(`ppt/embeddings/${target}`)!.async('uint8array'))
  const xml = await workbook.file('xl/worksheets/sheet1.xml')!.async('string')
  return [...xml.matchAll(/<row r="\d+">([\s\S]*?)<\/row>/g)].map(([, row]) =>
    [...row.matchAll(/<c r="([A-Z]+)\d+"([^>]*)>([\s\S]*?)<\/c>/g)].map(([, column, attributes, body]) => ({
      column,
      value: attributes.includes('t="inlineStr"')
        ? unescapeXml(/<t[^>]*>([^<]*)<\/t>/.exec(body)![1])
        : Number(/<v>([^<]*)<\/v>/.exec(body)![1]),
    })),
  )
}

const shares = facts.filter((f) => f.metric === 'market_share')

test.describe('A deck an analyst can edit', () => {
  test('presentation mode downloads the deck: one slide per chart, native charts, then the quotes; the market-share chart plots the companies alone, from a sheet of one row per company; every run of text names Arial, and each slide’s notes open with talking points in at most 150 words', async ({
    page,
  }) => {
    const deck = await downloadDeck(page)
    // One slide per chart, each a native chart with its sheet, then the quotes.
    const charts = deck.names(/^ppt\/charts\/chart\d+\.xml$/)
    expect(deck.slides).toBeGreaterThan(0)
    expect(charts).toHaveLength(deck.slides)
    expect(deck.names(/^ppt\/embeddings\/.+\.xlsx$/)).toHaveLength(deck.slides)
    const slideFiles = deck.names(/^ppt\/slides\/slide\d+\.xml$/)
    expect(slideFiles.length).toBeGreaterThan(deck.slides)
    const words = unescapeXml((await Promise.all(slideFiles.map(deck.text))).join('\n'))
    expect(words).toContain(fact('share-aws-2023-q4').citations[0].quote)

    const [chart] = charts
    const xml = unescapeXml(await deck.text(chart))
    const categories = [.../<c:cat>[\s\S]*?<\/c:cat>/.exec(xml)![0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1])
    // One row per company, named as the chart names it: a share its article names otherwise carries the article's word.
    const shareOf = (category: string) => shares.filter((f) => category.startsWith(companyName(f.company)))
    expect(categories.map((c) => shareOf(c).map((f) => f.id)).toSorted()).toEqual(shares.map((f) => [f.id]).toSorted())
    for (const f of shares.filter((f) => f.namedAs)) {
      const category = categories.find((c) => shareOf(c)[0] === f)!
      expect(category).toContain(f.namedAs!.split(' ')[0])
    }

    const [head, ...rows] = await sheetOf(deck, chart)
    expect(head.every((cell) => typeof cell.value === 'string')).toBe(true)
    expect(rows.map((row) => row[0].value)).toEqual(categories)
    for (const row of rows) {
      const [share] = shareOf(String(row[0].value))
      // Each company's share sits in its row as a number, in the column its kind heads.
      const numbers = row.filter((cell) => typeof cell.value === 'number')
      expect(numbers.map((cell) => cell.value)).toEqual([share.value.amount])
      const column = head.find((cell) => cell.column === numbers[0].column)!
      expect(String(column.value).includes('derived')).toBe(share.value.kind === 'derived')
    }

    // The same deck: its text and its notes.
    for (const name of deck.names(/^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/)) {
      const xml = await deck.text(name)
      const runs = [...xml.matchAll(/<a:rPr\b[^>]*?(\/>|>[\s\S]*?<\/a:rPr>)/g)].map((m) => m[0])
      expect(runs.length, name).toBeGreaterThan(0)
      for (const run of runs) expect(run, name).toContain('<a:latin typeface="Arial"')
    }
    for (const name of deck.names(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)) {
      // The notes' own words: the page's slide number is a field apart.
      const notes = (await deck.text(name)).replace(/<a:fld [^>]*type="slidenum"[\s\S]*?<\/a:fld>/g, '')
      const words = unescapeXml([...notes.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '))
      expect(words.split(/\s+/).filter(Boolean).length, name).toBeLessThanOrEqual(150)
      if (Number(/(\d+)\.xml$/.exec(name)![1]) <= charts.length) expect(words).toMatch(/^Talking points • /)
    }
  })
})
