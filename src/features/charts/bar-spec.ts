import type { Unit } from '../../config/units.ts'
import { formatAmount } from '../../lib/format.ts'
import { directionOf } from '../../domain/change-facts.ts'
import { formatValue } from '../../domain/format-fact.ts'
import type { Fact } from '../../domain/schema.ts'
import type { BarSpec } from './layout/bars.ts'

/** "200–999", in the value's unit. */
const rangeWords = (min: number, max: number, unit: Unit) => `${formatAmount(min, unit)}–${formatAmount(max, unit)}`

/**
 * How a fact is drawn as a bar, whatever the chart: a bar for a figure, a
 * hatched band over the range its words are read as, an open circle when the
 * articles give no figure. Its label is always what the articles say: the
 * figure, "derived", their words, or "not reported", never a made-up number.
 */
export function barSpecOf(fact: Fact, name: string, options: Partial<BarSpec> = {}): BarSpec {
  const v = fact.value
  const base = { factId: fact.id, companyId: fact.company, kind: v.kind }
  const spoken = (value: string) => `${name}: ${value}`
  switch (v.kind) {
    case 'unknown':
      return {
        ...base,
        shape: 'open',
        from: 0,
        to: 0,
        value: 'not reported',
        label: spoken('not reported'),
        ...options,
      }
    case 'vague': {
      const [first, ...others] = v.words.map((w) => `“${w}”`)
      if (!v.range)
        return { ...base, shape: 'open', from: 0, to: 0, value: first, label: spoken(formatValue(v)), ...options }
      const read = rangeWords(v.range.min, v.range.max, v.unit)
      // Named as drawn, words then reading, before the other articles' words: a reader can say what they see.
      const also = others.length ? `; also worded ${others.join(' / ')}` : ''
      return {
        ...base,
        shape: 'band',
        from: v.range.min,
        to: v.range.max,
        value: first,
        note: `read as ${read}`,
        label: spoken(`${first}, read as ${read}${also}`),
        ...options,
      }
    }
    case 'derived': {
      const value = formatAmount(v.amount, v.unit)
      return {
        ...base,
        shape: 'bar',
        from: 0,
        to: v.amount,
        value,
        note: 'derived',
        label: spoken(`${value}, derived`),
        ...options,
      }
    }
    case 'derived-range': {
      const value = rangeWords(v.min, v.max, v.unit)
      const label = spoken(`${value}, derived`)
      return { ...base, shape: 'band', from: v.min, to: v.max, value, note: 'derived', label, ...options }
    }
    case 'qualitative':
      // A claim in words has no figure to draw: an open mark with its words, never a made-up bar.
      return { ...base, shape: 'open', from: 0, to: 0, value: v.claim, label: spoken(v.claim), ...options }
    default: {
      const value = formatValue(v)
      return { ...base, shape: 'bar', from: 0, to: v.amount, value, label: spoken(value), ...options }
    }
  }
}

/**
 * A change the articles state in words only, drawn beside the level it qualifies: a triangle the way
 * the claim goes, the claim as its words and the articles' own word after it, then `when` (its quarter, where a
 * chart draws several). No length, no rate.
 */
export function directionSpecOf(change: Fact, name: string, when?: string): BarSpec | null {
  const v = change.value
  const direction = directionOf(change)
  if (v.kind !== 'qualitative' || !direction) return null
  const words = v.words.filter((w) => !v.claim.toLowerCase().includes(w.toLowerCase()))
  const note = [...words.map((w) => `“${w}”`), ...(when ? [when] : [])].join(', ') || undefined
  return {
    factId: change.id,
    companyId: change.company,
    kind: v.kind,
    shape: direction,
    from: 0,
    to: 0,
    value: v.claim,
    note,
    // The claim and the articles' word as drawn, one after the other, so the name holds what a reader sees.
    label: `${name}, change: ${v.claim}${note ? `, ${note}` : ''}; no rate given`,
  }
}

/** The top of a chart's value axis: the largest figure or read range among `facts`. */
export const largestValue = (facts: readonly Fact[]) =>
  Math.max(
    0,
    ...facts.map((f) =>
      'amount' in f.value ? f.value.amount : f.value.kind === 'vague' ? (f.value.range?.max ?? 0) : 0,
    ),
  )
