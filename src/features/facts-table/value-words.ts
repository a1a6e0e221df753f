import type { Unit } from '../../config/units.ts'
import type { Fact } from '../../domain/schema.ts'
import { periodKey } from '../../lib/period.ts'
import { QUARTER_ORDINALS } from './synonyms.ts'

/** Each unit in words, for a search that names the unit rather than the number ("percent", "dollars"). */
const UNIT_WORDS = {
  percent: 'percent',
  USD: 'dollars usd',
  people: 'people',
  days: 'days',
  positions: 'positions',
} as const satisfies Record<Unit, string>

/** Large numbers in words, with the short form the articles use for dollars ("$24.2bn"). */
const SCALES = [
  { size: 1e12, word: 'trillion', short: 'tn' },
  { size: 1e9, word: 'billion', short: 'bn' },
  { size: 1e6, word: 'million', short: 'm' },
  { size: 1e3, word: 'thousand', short: 'k' },
] as const

// toPrecision drops the float noise of a division (24.2e9 / 1e9) without rounding a stated figure.
const plain = (n: number) => String(Number(n.toPrecision(12)))

/**
 * The ways a reader may type an amount that the page shows one way: "$24.2B" as "24.2 billion",
 * "$24.2 billion", "24.2bn", "billion"; "9,000" as "9000", "9 thousand", "9k", "thousand";
 * "31%" as "31 percent". Only the amount itself, in other words: never a rounding of it.
 */
export function amountWords(amount: number, unit: Unit): string[] {
  if (unit === 'percent') return [`${plain(amount)} percent`]
  const scale = SCALES.find((s) => Math.abs(amount) >= s.size)
  const words = unit === 'USD' ? [] : [plain(amount)]
  if (!scale) return Math.abs(amount) >= 100 ? [...words, 'hundred'] : words
  const n = plain(amount / scale.size)
  const $ = unit === 'USD' ? ['', '$'] : ['']
  return [...words, ...$.flatMap((sign) => [`${sign}${n} ${scale.word}`, `${sign}${n}${scale.short}`])]
}

/** A fact's value in the other words a reader may type for it: its amounts and its unit spelled out. */
export function valueWords(value: Fact['value']): string[] {
  if (value.kind === 'qualitative') return []
  const amounts = value.kind === 'derived-range' ? [value.min, value.max] : 'amount' in value ? [value.amount] : []
  return [...amounts.flatMap((a) => amountWords(a, value.unit)), UNIT_WORDS[value.unit]]
}

/** A dated period's quarter as the articles write it: 2023-12 → "fourth quarter 2023". */
export function quarterWords(value: string | null): string[] {
  const key = periodKey({ value })
  const match = /^(\d{4})-Q([1-4])$/.exec(key)
  return match ? [`${QUARTER_ORDINALS[Number(match[2]) - 1]} quarter ${match[1]}`] : []
}
