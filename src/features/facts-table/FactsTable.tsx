import { memo, useDeferredValue, useId, useState, type MouseEvent, type ReactNode } from 'react'

import type { SortKey } from '../../config/facts-table.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import type { Fact } from '../../domain/schema.ts'
import { FactToggle } from '../evidence/index.ts'
import { sortToParam, useTableState } from '../url-state/index.ts'
import { articlesText } from './articles-text.ts'
import { emptyMessage } from './empty-message.ts'
import { FactsTableFooter } from './FactsTableFooter.tsx'
import { useDrawnOnce } from './use-drawn-once.ts'
import { useTableRows } from './use-table-rows.ts'
import { VALUE_KIND_LABELS, formatPeriod, formatValue } from '../../domain/format-fact.ts'

/** Rows shown at first; "Show more" adds as many again. */
export const PAGE = 50

const SKIP_LINK =
  'sr-only rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white underline focus:not-sr-only focus:mb-2 focus:inline-block dark:bg-slate-100 dark:text-slate-900'

// Focus the end directly rather than follow a #hash: the URL holds the view state, not fragments.
const skipTo = (id: string) => (e: MouseEvent) => {
  e.preventDefault()
  document.getElementById(id)?.focus()
}

// Its height off-screen before it is first drawn (a built page the app has not yet taken over): rows run 50 to
// 110 px at 640 px and up. Once drawn, the browser keeps the drawn height (auto): see use-drawn-once.ts.
const heightBeforeDrawn = (rows: number) => `auto ${3 + rows * 6}rem`

export const rowCount = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'row' : 'rows'}`

/** The articles' own words of a claim, where its plain statement does not use them. */
function shownWords(f: Fact): string {
  const v = f.value
  if (v.kind !== 'qualitative') return ''
  const words = v.words.filter((w) => !v.claim.toLowerCase().includes(w.toLowerCase()))
  return words.map((w) => `“${w}”`).join(', ')
}

/** A cell of the table; on a phone, a line of the card named by its column. */
function Cell({ name, numeric, children }: { name: string; numeric?: boolean; children: ReactNode }) {
  return (
    <td className={`py-2 pr-3 max-sm:contents ${numeric ? 'tabular-nums' : ''}`}>
      <span className="text-xs text-slate-600 sm:hidden dark:text-slate-400">{name}</span>
      <span className="max-sm:min-w-0 max-sm:break-words">{children}</span>
    </td>
  )
}

/**
 * A fact's cells after its name: the value with its kind and the articles' own words, the period, the company
 * and how many articles state it (`children` follow that count).
 */
export function FactCells({ index, fact: f, children }: { index: DatasetIndex; fact: Fact; children?: ReactNode }) {
  return (
    <>
      <Cell name="Value" numeric>
        {formatValue(f.value)}
        {shownWords(f) && <span className="text-slate-600 dark:text-slate-400"> {shownWords(f)}</span>}
        {/* A space of its own before the kind, not a margin alone: a screen reader says "over 1,000 lower bound",
            not "1,000lower". */}
        {f.value.kind !== 'stated' && (
          <>
            {' '}
            <span className="ml-0.5 rounded bg-slate-100 px-1 text-xs whitespace-nowrap text-slate-700 dark:bg-slate-800 dark:text-slate-200">
              {VALUE_KIND_LABELS[f.value.kind].toLowerCase()}
            </span>
          </>
        )}
      </Cell>
      <Cell name="Period">{formatPeriod(f.period)}</Cell>
      <Cell name="Company">{index.companyById.get(f.company)?.name ?? f.company}</Cell>
      <Cell name="Articles" numeric>
        {articlesText(index, f)}
        {children}
      </Cell>
    </>
  )
}

export const COLUMNS = [
  { key: 'label', label: 'Fact' },
  { key: 'value', label: 'Value' },
  { key: 'period', label: 'Period' },
  { key: 'company', label: 'Company' },
  { key: 'articles', label: 'Articles' },
] as const satisfies { key: SortKey; label: string }[]
// The value's words and a fact's name wrap; a period ("about 2 Apr 2024*"), a count and the Articles heading with its
// sort arrow (from a 640 px window) stay on a line.
const COLUMN_WIDTHS = ['23%', '29%', '17%', '16%', '15%'] as const

export interface FactsTableProps {
  index: DatasetIndex
  facts: Fact[]
  selectedId: string | null
  onSelect: (factId: string) => void
}

/** Every fact the filters leave: searchable, sortable by any column; a row's button opens its evidence. */
export const FactsTable = /* @__PURE__ */ memo(function FactsTable({
  index,
  facts,
  selectedId,
  onSelect,
}: FactsTableProps) {
  const searchId = useId()
  const [{ q: query, sort: sortParam }, setTable] = useTableState()
  const [shown, setShown] = useState(PAGE)
  const deferredQuery = useDeferredValue(query)
  const { rows, sort, status, matchingWithoutFilters } = useTableRows(index, facts, deferredQuery, sortParam)
  const endId = `${searchId}-end`
  const rowId = `${searchId}-row`
  const box = useDrawnOnce<HTMLDivElement>()

  // While a search ranks the rows, a column's first click sorts by it ascending.
  const sortBy = (key: SortKey) =>
    setTable({
      sort: sortToParam({
        key,
        direction: sort?.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending',
      }),
    })
  // One history entry per search, not per keystroke: the first letter pushes, the rest replace it.
  const search = (text: string) => {
    void setTable({ q: text }, { history: query === '' ? 'push' : 'replace' })
    setShown(PAGE)
  }

  return (
    <section
      aria-labelledby="facts-heading"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
        <h2 id="facts-heading" className="text-base font-semibold text-slate-900 dark:text-slate-50">
          All facts{' '}
          <span className="font-normal text-slate-600 dark:text-slate-400">
            ({rows.length < index.facts.length ? `${rows.length} of ${index.facts.length}` : rows.length})
          </span>
        </h2>
        <div className="flex flex-col">
          <label htmlFor={searchId} className="text-xs font-medium text-slate-600 dark:text-slate-300">
            Search facts
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => search(e.target.value)}
            aria-describedby={`${searchId}-hint`}
            placeholder="e.g. layoffs, Q4 2023, April"
            className="w-64 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-950"
          />
          <p id={`${searchId}-hint`} className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
            Every word, in any column or quote; “fired” finds “job cuts”
          </p>
        </div>
      </div>
      {status && (
        <p role="status" className="mb-2 text-sm text-slate-700 dark:text-slate-300">
          {status}
        </p>
      )}
      {rows.length > 0 && (
        <a href={`#${endId}`} onClick={skipTo(endId)} className={SKIP_LINK}>
          Skip the table ({rowCount(Math.min(rows.length, shown))})
        </a>
      )}
      {/* Below 640 px each row is a card: the five fields stacked, named, with no sideways scroll. Not skipped
          there, where the cards would reach the footer's tap targets as an accessibility checker measures them. */}
      <div
        ref={box}
        className="sm:overflow-x-auto sm:[content-visibility:auto]"
        style={{ containIntrinsicBlockSize: heightBeforeDrawn(Math.min(rows.length, shown)) }}
      >
        {/* Fixed column widths: a search or a filter that leaves a few rows does not reflow the columns. */}
        <table className="w-full text-left text-sm max-sm:block sm:table-fixed">
          <colgroup>
            {COLUMN_WIDTHS.map((width, i) => (
              <col key={COLUMNS[i].key} style={{ width }} />
            ))}
          </colgroup>
          <caption className="sr-only">
            All facts: {rowCount(rows.length)}
            {rows.length > shown ? `, the first ${shown} shown` : ''}
          </caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600 uppercase max-sm:block dark:border-slate-700 dark:text-slate-300">
            <tr className="max-sm:flex max-sm:flex-wrap max-sm:gap-x-3">
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort?.key === c.key ? sort.direction : 'none'}
                  className="py-2 pr-3 font-semibold"
                >
                  <button
                    type="button"
                    onClick={() => sortBy(c.key)}
                    className="inline-flex items-center gap-1 uppercase hover:text-slate-900 dark:hover:text-white"
                  >
                    {c.label}
                    <span aria-hidden="true">
                      {sort?.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="max-sm:block">
            {rows.slice(0, shown).map((f) => (
              <tr
                key={f.id}
                onClick={() => onSelect(f.id)}
                className="cursor-pointer border-b border-slate-100 last:border-0 hover:bg-slate-50 data-[selected=true]:bg-amber-50 max-sm:grid max-sm:grid-cols-[auto_1fr] max-sm:gap-x-3 max-sm:py-2 dark:border-slate-800 dark:hover:bg-slate-800 dark:data-[selected=true]:bg-amber-900/40"
                data-selected={f.id === selectedId}
              >
                {/* Named by its fact alone: the selected row's cell holds its route to the evidence too. */}
                <th
                  scope="row"
                  aria-labelledby={`${rowId}-${f.id}`}
                  className="py-2 pr-3 font-normal max-sm:col-span-2 max-sm:py-1"
                >
                  <FactToggle
                    id={`${rowId}-${f.id}`}
                    fact={f}
                    selected={f.id === selectedId}
                    onSelect={onSelect}
                    className="min-h-6 text-left font-medium text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900 dark:text-slate-50"
                    routeClassName="focus:mt-1 focus:ml-1 focus:block"
                  >
                    {f.label}
                  </FactToggle>
                </th>
                <FactCells index={index} fact={f} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && (
        <p role="status" className="py-4 text-sm text-slate-600 dark:text-slate-300">
          {emptyMessage({
            query: deferredQuery,
            underFilters: facts.length,
            filtersExclude: facts.length < index.facts.length,
            matchingWithoutFilters: matchingWithoutFilters(),
          })}
        </p>
      )}
      <span id={endId} tabIndex={-1} className="sr-only">
        End of the facts table
      </span>
      {rows.length > shown && (
        <button
          type="button"
          onClick={() => setShown((n) => n + PAGE)}
          className="mt-3 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Show {Math.min(PAGE, rows.length - shown)} more of {rows.length - shown}
        </button>
      )}
      <FactsTableFooter index={index} facts={facts} />
    </section>
  )
})
