import { CHART_IDS, type ChartId } from '../charts/index.ts'

/**
 * The chart the reader is on, for a deck to open on: the one whose mark is selected, else the one whose card takes
 * most of the window, the first of a row where cards side by side take the same (a longer title above one chart
 * moves its drawing, not its card). Read from the page at the click (where the reader has scrolled is nowhere else).
 */
export function chartOnScreen(): ChartId | null {
  const charts = [...document.querySelectorAll('main svg[data-chart]')]
  const selected = charts.find((chart) => chart.querySelector('[aria-pressed="true"]'))
  const idOf = (chart: Element | null | undefined) => CHART_IDS.find((id) => id === chart?.getAttribute('data-chart'))
  if (selected) return idOf(selected) ?? null
  let best: Element | null = null
  let most = 0
  for (const chart of charts) {
    const box = (chart.closest('section') ?? chart).getBoundingClientRect()
    const seen = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0)
    if (seen > most) [best, most] = [chart, seen]
  }
  return idOf(best) ?? null
}
