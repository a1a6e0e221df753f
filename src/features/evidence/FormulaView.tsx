import type { DatasetIndex } from '../dataset/dataset-index'
import { tryTokenizeFormula } from '../dataset/formula'
import type { Fact } from '../dataset/schema'

import { FORMULA_OPERATORS as OPERATORS } from './formula-text'
import { formatValue } from '../dataset/format-fact'

/** A derived value's formula, each input a link to its own evidence: "100 − [AWS 31%] − … = 34%". */
export function FormulaView({
  fact,
  index,
  onSelect,
}: {
  fact: Fact
  index: DatasetIndex
  onSelect: (id: string) => void
}) {
  if (fact.value.kind !== 'derived') return null
  const tokens = tryTokenizeFormula(fact.value.formula)
  // A formula the build would have rejected can still arrive in a hand-edited dataset: show it as written.
  if (!tokens) {
    return (
      <div className="rounded-lg border border-dashed border-slate-400 p-3 text-sm dark:border-slate-500">
        <p className="font-semibold text-slate-900 dark:text-slate-50">Derived, not stated by any article</p>
        <p className="mt-1 font-mono text-xs break-all">
          {fact.value.formula} = {formatValue(fact.value)}
        </p>
      </div>
    )
  }
  return (
    <div className="rounded-lg border border-dashed border-slate-400 p-3 text-sm dark:border-slate-500">
      <p className="font-semibold text-slate-900 dark:text-slate-50">Derived, not stated by any article</p>
      <p className="mt-1 leading-8 text-slate-800 dark:text-slate-200">
        {tokens.map((t, i) => {
          if (t.type === 'ref') {
            const input = index.factById.get(t.id)
            return (
              <button
                key={i}
                type="button"
                onClick={() => onSelect(t.id)}
                className="text-left underline decoration-slate-400 underline-offset-4 hover:decoration-slate-900 dark:hover:decoration-slate-50"
              >
                {input ? (
                  <>
                    {input.label} <strong>{formatValue(input.value)}</strong>
                  </>
                ) : (
                  t.id
                )}
              </button>
            )
          }
          if (t.type === 'op') return <span key={i}> {OPERATORS[t.op]} </span>
          if (t.type === 'paren') return <span key={i}>{t.paren}</span>
          return <span key={i}>{t.value}</span>
        })}{' '}
        = <strong>{formatValue(fact.value)}</strong>
        {fact.value.decimals !== undefined && (
          <span className="text-slate-600 dark:text-slate-400">
            {' '}
            (rounded to {fact.value.decimals} decimal place{fact.value.decimals === 1 ? '' : 's'})
          </span>
        )}
      </p>
    </div>
  )
}
