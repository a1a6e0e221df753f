import type { Frame, Page } from '@playwright/test'

/**
 * The embed code a reader takes from a chart's Embed dialog on the dashboard, with the given choices
 * checked (by their labels: "Dark", /^Transparent/, /^16:9 frame/).
 */
export async function embedCodeFrom(page: Page, chart: string, choices: (string | RegExp)[] = []): Promise<string> {
  await page.goto('./')
  await page
    .getByRole('region', { name: chart })
    .getByRole('button', { name: /^Embed/ })
    .click()
  const dialog = page.getByRole('dialog', { name: /^Embed/ })
  for (const choice of choices) await dialog.getByLabel(choice, { exact: typeof choice === 'string' }).check()
  return dialog.getByLabel('Embed code').inputValue()
}

/**
 * Waits until embed-resize.js on the page has answered the embed in `frame` (with the page's look and
 * whether it replays keys): asked again, the answer comes after any the embed already had.
 */
export async function scriptAnswered(frame: Frame): Promise<void> {
  // The snippet's iframe loads lazily, after the page's own load: until then it holds its first, empty document,
  // whose context the embed's arrival would destroy mid-question.
  await frame.waitForURL(/[?&]view=embed\b/)
  await frame.evaluate(
    () =>
      new Promise<void>((answered) => {
        addEventListener('message', (event) => {
          if (event.source === parent && event.data?.type === 'cloud-market-dashboard:host') answered()
        })
        parent.postMessage({ type: 'cloud-market-dashboard:hello' }, '*')
      }),
  )
}
