import { memo } from 'react'

import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { Fact } from '../../domain/schema.ts'
import { VALUE_KIND_LABELS, formatPeriod, formatValue } from '../../domain/format-fact.ts'
import { FactToggle } from '../evidence/index.ts'
import { readingsOf } from './readings.ts'

export interface KeyFiguresProps {
  index: DatasetIndex
  facts: Fact[]
  /** Key figures the filters leave but the strip has no room for. */
  more?: number
  selectedId: string | null
  /** Absent where nothing can open the evidence (the built page without script): the cards are not buttons then. */
  onSelect?: (factId: string) => void
}

const CARD =
  'flex h-full w-full flex-col items-start rounded-xl border border-slate-200 bg-white p-3 text-left shadow-sm dark:border-slate-700 dark:bg-slate-900'

/** The figures that are not charted, as a strip of cards; each opens its evidence. */
export const KeyFigures = /* @__PURE__ */ memo(function KeyFigures({
  index,
  facts,
  more = 0,
  selectedId,
  onSelect,
}: KeyFiguresProps) {
  return (
    <section aria-labelledby="key-figures-heading">
      <h2 id="key-figures-heading" className="mb-2 text-base font-semibold text-slate-900 dark:text-slate-50">
        Key figures
      </h2>
      {facts.length === 0 ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
          No key figures match the current filters.
        </p>
      ) : (
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
          {facts.map((f) => (
            <li key={f.id} className="relative">
              {onSelect ? (
                <FactToggle
                  fact={f}
                  selected={f.id === selectedId}
                  onSelect={onSelect}
                  className={`${CARD} hover:border-slate-400 aria-pressed:border-slate-900 aria-pressed:ring-2 aria-pressed:ring-slate-900 dark:aria-pressed:border-slate-100 dark:aria-pressed:ring-slate-100`}
                  routeClassName="focus:absolute focus:right-2 focus:bottom-2"
                >
                  <KeyFigure fact={f} index={index} />
                </FactToggle>
              ) : (
                <div className={CARD}>
                  <KeyFigure fact={f} index={index} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          {more.toLocaleString('en-US')} more in the table of all facts below.
        </p>
      )}
    </section>
  )
})

/**
 * A card's words: the figure's label, its value, its period, unless stated outright its kind, and what a range read
 * from words rests on.
 */
function KeyFigure({ fact, index }: { fact: Fact; index: DatasetIndex }) {
  const readings = readingsOf(fact, index)
  return (
    <>
      <span className="text-sm text-slate-600 dark:text-slate-300">{fact.label}</span>
      <span className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums dark:text-slate-50">
        {formatValue(fact.value)}
      </span>
      <span className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {formatPeriod(fact.period)}
        {fact.value.kind !== 'stated' && ` · ${VALUE_KIND_LABELS[fact.value.kind]}`}
      </span>
      {readings && <span className="mt-1 text-xs text-slate-600 dark:text-slate-400">{readings}</span>}
    </>
  )
}
