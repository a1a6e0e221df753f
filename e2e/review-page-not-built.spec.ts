import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { REVIEW_API, REVIEW_HEADING, REVIEW_PAGE } from '../scripts/review/review-api.ts'

const DIST = resolve(import.meta.dirname, '../dist')

// The review page and its save endpoint exist only in `npm run dev`: a reader of the built site finds neither.
test('the built site has no review page, no review endpoint and none of the page’s code', async ({ request }) => {
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((f) => f.isFile())
  expect(files.length).toBeGreaterThan(0)
  const traces = files.flatMap((f) => {
    const path = join(f.parentPath, f.name)
    const text = readFileSync(path, 'latin1')
    return [REVIEW_HEADING, REVIEW_API, 'src/review/', 'Save to the dataset']
      .filter((word) => text.includes(word))
      .map((word) => `${path.slice(DIST.length + 1)}: ${word}`)
  })
  expect(traces).toEqual([])

  const page = await request.get(REVIEW_PAGE.slice(1))
  expect(await page.text()).not.toContain(REVIEW_HEADING)
  const save = await request.post(`${REVIEW_API.slice(1)}/save`, { data: {} })
  expect(save.ok()).toBe(false)
})
