import type { SceneMark } from '../layout/scene.ts'

const HALF_WIDTH = 80

/**
 * The hovered mark's value and what a click does, above the mark. It adds to
 * the labels on the chart and never stands in for them; screen readers get the
 * same words from the mark's name.
 */
export function ChartTooltip({ mark, width }: { mark: SceneMark; width: number }) {
  const left = Math.min(Math.max(mark.box.x + mark.box.width / 2, HALF_WIDTH), Math.max(HALF_WIDTH, width - HALF_WIDTH))
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute z-10 -translate-x-1/2 -translate-y-full rounded-md bg-slate-900 px-2 py-1 text-xs whitespace-nowrap text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
      style={{ left, top: mark.box.y - 6 }}
    >
      <span className="font-semibold">{mark.value}</span>
      <span className="block opacity-80">Click for sources</span>
    </div>
  )
}
