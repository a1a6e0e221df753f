import { DEFAULT_SORT } from '../../config/facts-table.ts'
import { articleSourceName } from '../../domain/article-label.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { inferredYearNote } from '../../domain/format-fact.ts'
import { formulaWithRounding } from '../../domain/rounding-range.ts'
import { citationRole, isDerivedValue } from '../../domain/kinds.ts'
import type { Fact } from '../../domain/schema.ts'
import { COLUMNS, FactCells, PAGE, rowCount } from './FactsTable.tsx'
import { sortFacts } from './sort-facts.ts'

const END_ID = 'static-facts-end'

/** Who stands behind a value, where no click can open its evidence: the articles that state it, or its formula. */
function sourcesOf(index: DatasetIndex, f: Fact): string[] {
  if (isDerivedValue(f.value)) return [formulaWithRounding(f, index)]
  const ids = new Set(f.citations.filter((c) => citationRole(c) === 'value').map((c) => c.article))
  return [...ids].flatMap((id) => {
    const article = index.articleById.get(id)
    return article ? [articleSourceName(article)] : []
  })
}

/**
 * The facts table for a reader without script, in the built page: the facts the app shows first, in its order
 * and columns, with the articles behind each value named (or a derived value's formula in words), since the
 * click that opens its evidence needs script. No search, sort or selection; the rest is in the data package.
 */
export function StaticFactsTable({ index }: { index: DatasetIndex }) {
  const all = index.facts.length
  // As many as the app shows before "Show more": every row would put a large dataset's whole table in every page.
  const facts = sortFacts(index, index.facts, DEFAULT_SORT).slice(0, PAGE)
  const note = inferredYearNote(index, index.facts)
  return (
    <section
      aria-labelledby="static-facts-heading"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="static-facts-heading" className="mb-3 text-base font-semibold text-slate-900 dark:text-slate-50">
        All facts <span className="font-normal text-slate-600 dark:text-slate-400">({all})</span>
      </h2>
      <a
        href={`#${END_ID}`}
        className="sr-only rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white underline focus:not-sr-only focus:mb-2 focus:inline-block"
      >
        Skip the table ({rowCount(facts.length)})
      </a>
      {/* Laid out with the page: a guessed height would change when scrolled to, and stop a jump to the end. */}
      <div className="sm:overflow-x-auto">
        <table className="w-full text-left text-sm max-sm:block">
          <caption className="sr-only">
            All facts: {rowCount(all)}
            {all > facts.length ? `, the first ${facts.length} shown` : ''}
          </caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600 uppercase max-sm:hidden dark:border-slate-700 dark:text-slate-300">
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" className="py-2 pr-3 font-semibold">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="max-sm:block">
            {facts.map((f) => (
              <tr
                key={f.id}
                className="border-b border-slate-100 align-top last:border-0 max-sm:grid max-sm:grid-cols-[auto_1fr] max-sm:gap-x-3 max-sm:py-2 dark:border-slate-800"
              >
                <th scope="row" className="py-2 pr-3 font-medium max-sm:col-span-2 max-sm:py-1">
                  {f.label}
                </th>
                <FactCells index={index} fact={f}>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    {sourcesOf(index, f).join('; ')}
                  </span>
                </FactCells>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <span id={END_ID} tabIndex={-1} className="sr-only">
        End of the facts table
      </span>
      {all > facts.length && (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">
          The first {facts.length} of {all.toLocaleString('en-US')} facts; “Download data” below has them all.
        </p>
      )}
      {note && <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">{note}</p>}
    </section>
  )
}
