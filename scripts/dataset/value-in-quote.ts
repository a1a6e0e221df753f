import type { FactValue } from '../../src/domain/schema.ts'

export interface Span {
  start: number
  end: number
}

const plain = (n: number) => String(Number(n.toFixed(6)))
// One formatter for every call: creating one per number dominates the build at scale.
const groupedFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })
const grouped = (n: number) => groupedFormat.format(n)

/** The ways an article may write an amount: 31 → "31%", 24.2e9 → "$24.2 billion", "$4bn", 27000 → "27,000". */
export function spellings(amount: number, unit: FactValue['unit']): string[] {
  switch (unit) {
    case 'percent':
      return [`${plain(amount)}%`, `${plain(amount)} percent`, `${plain(amount)} per cent`]
    case 'USD': {
      const scales = [
        [1e9, ['billion', 'bn', 'B']],
        [1e6, ['million', 'm', 'M']],
      ] as const
      const scaled = scales.flatMap(([size, words]) =>
        amount >= size ? words.flatMap((w) => [`$${plain(amount / size)} ${w}`, `$${plain(amount / size)}${w}`]) : [],
      )
      return [...scaled, `$${grouped(amount)}`]
    }
    default:
      return [...new Set([grouped(amount), plain(amount)])]
  }
}

// A match must not be part of a longer number ("31%" inside "131%", "60" inside "60,000").
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ''
  const after = text.slice(end, end + 2)
  return !/[\d.,]/.test(before) && !/^\d|^[.,]\d/.test(after) && !/^[a-z]/i.test(after.slice(0, 1))
}

function findAlone(text: string, needle: string, caseInsensitive = false): Span | null {
  const hay = caseInsensitive ? text.toLowerCase() : text
  const sought = caseInsensitive ? needle.toLowerCase() : needle
  for (let at = hay.indexOf(sought); at !== -1; at = hay.indexOf(sought, at + 1)) {
    if (standsAlone(text, at, at + sought.length)) return { start: at, end: at + sought.length }
  }
  return null
}

/**
 * Where a quote states the fact's value: the amount in one of its spellings, or
 * for vague, unknown and qualitative values the sources' own words. null when it does not.
 * Derived values are computed, not quoted, so any quote of theirs is context.
 */
export function findValueInQuote(quote: string, value: FactValue): Span | null | 'not-applicable' {
  switch (value.kind) {
    case 'derived':
    case 'derived-range':
      return 'not-applicable'
    case 'unknown':
      return value.words ? findAlone(quote, value.words, true) : 'not-applicable'
    case 'vague':
    case 'qualitative':
      return value.words.map((w) => findAlone(quote, w, true)).find((span) => span !== null) ?? null
    case 'approximate':
    case 'bound':
      // The qualifier is part of the value: "around 60,000" is not "60,000".
      if (!quote.toLowerCase().includes(value.words.toLowerCase())) return null
      return findAmount(quote, value.amount, value.unit)
    default:
      return findAmount(quote, value.amount, value.unit)
  }
}

function findAmount(quote: string, amount: number, unit: FactValue['unit']): Span | null {
  return (
    spellings(amount, unit)
      .map((s) => findAlone(quote, s))
      .find((span) => span !== null) ?? null
  )
}

/** The words a value is expected in, for error messages. */
export function describeExpected(value: FactValue): string {
  if (value.kind === 'vague' || value.kind === 'qualitative') return value.words.map((w) => `"${w}"`).join(' or ')
  if (value.kind === 'unknown') return `"${value.words ?? ''}"`
  if (value.kind === 'derived' || value.kind === 'derived-range') return 'nothing'
  const qualifier = value.kind === 'approximate' || value.kind === 'bound' ? `"${value.words}" and one of ` : ''
  return (
    qualifier +
    spellings(value.amount, value.unit)
      .map((s) => `"${s}"`)
      .join(', ')
  )
}
