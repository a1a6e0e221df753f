import { formatAmount } from '../../lib/format.ts'
import type { DatasetIndex } from '../../domain/dataset-index.ts'
import { tryTokenizeFormula } from '../../domain/formula.ts'
import type { Fact } from '../../domain/schema.ts'
import { isDerivedValue } from '../../domain/kinds.ts'
import { amountOf, formatValue } from '../../domain/format-fact.ts'
import { FORMULA_OPERATORS as OPERATORS, numberText } from '../../domain/formula-text.ts'
import { RoundingNote } from './RoundingNote.tsx'

/** How a derived range reads one input: by its range where it has one ("around 60,000"), else as its amount. */
function rangeReading(input: Fact): string {
  const v = input.value
  if ((v.kind === 'vague' || v.kind === 'approximate') && v.range)
    return `${input.label}: ${formatValue(v)} counts as ${formatAmount(v.range.min, v.unit)} to ${formatAmount(v.range.max, v.unit)} (${v.range.basis}).`
  const amount = amountOf(v)
  return amount === null || !v.unit
    ? `${input.label}: ${formatValue(v)}.`
    : `${input.label}: ${formatValue(v)}, taken as ${formatAmount(amount, v.unit)} at both ends.`
}

/** An input of a formula, which opens its own evidence: "AWS share of cloud infrastructure market 31%". */
function InputButton({ id, index, onSelect }: { id: string; index: DatasetIndex; onSelect: (id: string) => void }) {
  const input = index.factById.get(id)
  return (
    <button
      type="button"
      onClick={() => onSelect(id)}
      className="text-left underline decoration-slate-400 underline-offset-4 hover:decoration-slate-900 dark:hover:decoration-slate-50"
    >
      {input ? (
        <>
          {input.label} <strong>{formatValue(input.value)}</strong>
        </>
      ) : (
        id
      )}
    </button>
  )
}

const BOX = 'rounded-lg border border-dashed border-slate-400 p-3 text-sm dark:border-slate-500'

/** A derived value's formula, each input a link to its own evidence: "100% − [AWS 31%] − … = 34%". */
export function FormulaView({
  fact,
  index,
  onSelect,
}: {
  fact: Fact
  index: DatasetIndex
  onSelect: (id: string) => void
}) {
  const { value } = fact
  if (!isDerivedValue(value)) return null
  const tokens = tryTokenizeFormula(value.formula)
  // A formula the build would have rejected can still arrive in a hand-edited dataset: show it as written.
  if (!tokens) {
    return (
      <div className={BOX}>
        <p className="font-semibold text-slate-900 dark:text-slate-50">Derived, not stated by any article</p>
        <p className="mt-1 font-mono text-xs break-all">
          {value.formula} = {formatValue(value)}
        </p>
      </div>
    )
  }
  // For a range, say how each vague input is read: its two ends are what the range is computed from.
  const ranged = value.kind === 'derived-range' ? fact.inputs.flatMap((id) => index.factById.get(id) ?? []) : []
  return (
    <div className={BOX}>
      <p className="font-semibold text-slate-900 dark:text-slate-50">Derived, not stated by any article</p>
      <p className="mt-1 leading-8 text-slate-800 dark:text-slate-200">
        {tokens.map((t, i) => {
          // An operator goes with the input after it, so a narrow panel breaks the formula into whole terms ("− AWS
          // share … 31%") rather than leave an operator alone on a line.
          const next = tokens[i + 1]
          if (t.type === 'op' && next?.type === 'ref')
            return (
              <span key={i}>
                {' '}
                <span className="inline-flex items-baseline gap-1">
                  <span>{OPERATORS[t.op]}</span> <InputButton id={next.id} index={index} onSelect={onSelect} />
                </span>
              </span>
            )
          if (t.type === 'ref')
            return tokens[i - 1]?.type === 'op' ? null : (
              <InputButton key={i} id={t.id} index={index} onSelect={onSelect} />
            )
          if (t.type === 'op') return <span key={i}> {OPERATORS[t.op]} </span>
          if (t.type === 'paren') return <span key={i}>{t.paren}</span>
          return <span key={i}>{numberText(tokens, i, fact)}</span>
        })}{' '}
        = <strong>{formatValue(value)}</strong>
        {value.decimals !== undefined && (
          <span className="text-slate-600 dark:text-slate-400">
            {' '}
            (rounded {value.kind === 'derived-range' ? 'outward ' : ''}to {value.decimals} decimal place
            {value.decimals === 1 ? '' : 's'})
          </span>
        )}
      </p>
      <RoundingNote fact={fact} index={index} />
      {ranged.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
          {ranged.map((input) => (
            <li key={input.id}>{rangeReading(input)}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
