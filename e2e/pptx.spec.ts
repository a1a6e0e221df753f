import { expect, test, type Download } from '@playwright/test'
import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { facts, open } from './fixtures.ts'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescapeXml = (xml: string) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e])

/** The downloaded deck as PowerPoint opens it: a zip of XML parts. */
async function openDeck(download: Download) {
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!))
  const parts = (pattern: RegExp) => Object.keys(zip.files).filter((n) => pattern.test(n))
  const text = (pattern: RegExp) => Promise.all(parts(pattern).map((n) => zip.file(n)!.async('string')))
  return {
    slides: parts(/^ppt\/slides\/slide\d+\.xml$/),
    charts: parts(/^ppt\/charts\/chart\d+\.xml$/),
    sheets: parts(/^ppt\/embeddings\/.+\.xlsx$/),
    notes: unescapeXml((await text(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).join('\n')),
    // The slides' words: the quotes are on the appendix after the charts.
    text: unescapeXml((await text(/^ppt\/slides\/slide\d+\.xml$/)).join('\n')),
  }
}

// The quote behind AWS's market share, read from data/facts.yaml rather than from the app.
const awsShareQuote = facts.find((f) => f.id === 'share-aws-2023-q4')!.citations[0].quote

test.describe('PowerPoint', () => {
  test('a filtered deck holds only the slides on screen and names its filter', async ({ page }) => {
    await open(page, './?view=present&company=azure')
    await expect(page.getByText(/^Slide 1 of 1/)).toBeVisible()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download deck' }).click()
    expect((await download).suggestedFilename()).toBe('cloud-market-dashboard-deck-azure.pptx')
    const deck = await openDeck(await download)
    expect(deck.charts).toHaveLength(1)
    expect(deck.notes).toContain('Microsoft Azure')
  })

  test('a chart’s Export menu downloads it as a PowerPoint slide', async ({ page }) => {
    await open(page, './')
    await page
      .getByRole('region', { name: 'Cloud infrastructure market share' })
      .getByRole('button', { name: /^Export/ })
      .click()
    const download = page.waitForEvent('download')
    await page.getByRole('menuitem', { name: /^PowerPoint slide/ }).click()
    expect((await download).suggestedFilename()).toBe('cloud-market-share-2023-Q4.pptx')
    const deck = await openDeck(await download)
    expect(deck.charts).toHaveLength(1)
    expect(deck.text).toContain(awsShareQuote)
  })
})
