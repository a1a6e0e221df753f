import type { Download, Page } from '@playwright/test'
import { readFileSync } from 'node:fs'

/** Opens the Export menu of the chart titled `title` and takes `option`: the file it downloads. */
export async function exportChart(page: Page, title: string, option: string): Promise<Download> {
  await page
    .getByRole('region', { name: title })
    .getByRole('button', { name: /^Export/ })
    .click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: new RegExp(`^${option}`) }).click()
  return download
}

/** A download's bytes. */
export const read = async (download: Download) => readFileSync((await download.path())!)
