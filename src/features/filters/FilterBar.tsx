import { useMemo, useState, type ReactNode } from 'react'
import { slotColor } from '../../config/companies.ts'
import { periodKeyLabel } from '../../domain/format-fact.ts'
import { UNDATED } from '../../lib/period.ts'
import type { DatasetIndex, FactFilter } from '../../domain/dataset-index.ts'
import { useSearchState } from '../url-state/index.ts'
import { chipCounts } from './chip-counts.ts'
import { COLLAPSE_ABOVE, shownChips } from './shown-chips.ts'
import { EMPTIES_ID, ToggleChip } from './ToggleChip.tsx'

const toggle = (list: readonly string[], item: string) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item]

/**
 * A legend and its chips; a long group shows some of them (shownChips) and a button for all. Whether it is
 * open is the reader's own, not part of the view a link shares: it is kept here, not in the URL.
 */
function FilterGroup<K extends string>({
  legend,
  keys,
  pressed,
  keep,
  always,
  noun,
  chip,
}: {
  legend: string
  keys: readonly K[]
  pressed: readonly string[]
  keep: 'first' | 'last'
  always?: readonly string[]
  /** What the chips are, for the button: "periods". */
  noun: string
  chip: (key: K) => ReactNode
}) {
  const [all, setAll] = useState(false)
  // Every chip pressed since the list was last closed stays: one released would vanish from under the pointer, and
  // take the keyboard's focus with it.
  const [kept, setKept] = useState(pressed)
  const newlyPressed = pressed.filter((k) => !kept.includes(k))
  if (newlyPressed.length) setKept([...kept, ...newlyPressed])
  const shown = all ? keys : shownChips(keys, kept, keep, always)
  const long = keys.length > COLLAPSE_ABOVE
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1.5 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {legend}
      </legend>
      <div className="flex flex-wrap gap-1.5">
        {shown.map(chip)}
        {long && (
          <button
            type="button"
            aria-expanded={all}
            onClick={() => {
              setAll(!all)
              setKept(pressed)
            }}
            className="rounded-full px-2 py-1 text-sm font-medium text-slate-700 underline underline-offset-2 hover:text-slate-950 dark:text-slate-300 dark:hover:text-white"
          >
            {all ? `Fewer ${noun}` : `All ${keys.length} ${noun}`}
          </button>
        )}
      </div>
    </fieldset>
  )
}

/**
 * Company and period filters; both live in the URL. No choice in a group means "all". Each chip
 * counts the facts it stands for with the other group's choices as they are.
 */
export function FilterBar({ index, filter }: { index: DatasetIndex; filter: FactFilter }) {
  const [, setState] = useSearchState()
  const counts = useMemo(() => chipCounts(index, filter), [index, filter])
  const active = filter.companies.length + filter.periods.length > 0
  return (
    <div className="flex flex-wrap items-start gap-x-8 gap-y-3">
      <FilterGroup
        legend="Company"
        noun="companies"
        keys={index.companies.map((c) => c.id)}
        pressed={filter.companies}
        keep="first"
        chip={(id) => (
          <ToggleChip
            key={id}
            pressed={filter.companies.includes(id)}
            swatch={slotColor(index.slotOf.get(id)!)}
            count={counts.companies.get(id)}
            onToggle={() => setState({ company: toggle(filter.companies, id) })}
            label={index.companyById.get(id)!.name}
          />
        )}
      />
      <FilterGroup
        legend="Period"
        noun="periods"
        keys={index.periods}
        pressed={filter.periods}
        keep="last"
        always={[UNDATED]}
        chip={(p) => (
          <ToggleChip
            key={p}
            pressed={filter.periods.includes(p)}
            count={counts.periods.get(p)}
            onToggle={() => setState({ period: toggle(filter.periods, p) })}
            label={periodKeyLabel(index, p)}
          />
        )}
      />
      <p id={EMPTIES_ID} hidden>
        No facts with the other filters as they are
      </p>
      {active && (
        <button
          type="button"
          // It goes as it clears: the focus moves to the first chip rather than to the page.
          onClick={(e) => {
            e.currentTarget.parentElement!.querySelector('button')!.focus()
            void setState({ company: [], period: [] })
          }}
          className="self-end rounded-md px-2 py-1 text-sm font-medium text-slate-700 underline underline-offset-2 hover:text-slate-950 dark:text-slate-300 dark:hover:text-white"
        >
          Clear filters
        </button>
      )}
    </div>
  )
}
