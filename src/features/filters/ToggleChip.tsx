import type { CSSProperties } from 'react'
import { tabularFiguresWidth, textWidth } from '../../lib/text-width.ts'

/** The hidden note a chip that would leave nothing points to. */
export const EMPTIES_ID = 'filter-empties-note'

/**
 * Inter's width for a chip's words or count (in ems, for `.as-wide-as-inter`, index.css): the page's first frame is
 * in a fallback font, and a row of chips sized by its glyphs would move when Inter arrives (at 100× data, 53
 * chips: a shift of 0.0017).
 */
const interWidth = (ems: number) => ({ '--inter-width': `${ems.toFixed(3)}em` }) as CSSProperties

/**
 * A filter choice: a toggle button whose pressed state screen readers announce, with the number of
 * facts it stands for. A choice that would leave nothing says so, and still works: the empty view
 * then offers the ways back.
 */
export function ToggleChip({
  pressed,
  onToggle,
  swatch,
  count,
  label,
}: {
  pressed: boolean
  onToggle: () => void
  swatch?: string
  count?: number
  label: string
}) {
  const none = count === 0 && !pressed
  return (
    <button
      type="button"
      aria-pressed={pressed}
      data-none={none}
      onClick={onToggle}
      aria-describedby={none ? EMPTIES_ID : undefined}
      className="group inline-flex items-center gap-1.5 rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-slate-500 aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white data-[none=true]:border-dashed data-[none=true]:text-slate-600 dark:border-slate-600 dark:aria-pressed:border-slate-100 dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900 dark:data-[none=true]:text-slate-400"
    >
      {swatch && <span aria-hidden="true" className="size-2.5 rounded-full" style={{ background: swatch }} />}
      <span className="as-wide-as-inter inline-block" style={interWidth(textWidth(label, 1))}>
        {label}
      </span>
      {count !== undefined && (
        <span className="rounded-full bg-slate-100 px-1.5 text-xs text-slate-700 tabular-nums group-aria-pressed:bg-white/20 group-aria-pressed:text-inherit dark:bg-slate-800 dark:text-slate-300">
          <span
            className="as-wide-as-inter inline-block"
            style={interWidth(tabularFiguresWidth(String(count).length, 1))}
          >
            {count}
          </span>
          <span className="sr-only">{count === 1 ? ' fact' : ' facts'}</span>
        </span>
      )}
    </button>
  )
}
