import { nlp } from './language-libraries.ts'
import type { Unit } from '../../src/config/units.ts'
import { QUALIFIERS, VAGUE_QUANTITIES, type QualifierKind } from './vocabulary.ts'

/** A quantity as a sentence writes it: its words, where they are, and what they say. */
export interface Quantity {
  /** The words of the quantity as written, qualifier included: "around 60,000", "several hundred". */
  text: string
  start: number
  end: number
  kind: 'stated' | QualifierKind | 'vague'
  /** The amount, in the unit's own terms (24.2e9 for "$24.2 billion"); null for a vague quantity. */
  amount: number | null
  unit: Unit | null
  /** The qualifier ("around", "at least") or the vague words ("several hundred"). */
  words: string | null
  /** The noun the quantity counts ("jobs", "workers"), when it is a count. */
  noun: string | null
}

const SCALES: Record<string, number> = { billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, m: 1e6, thousand: 1e3, k: 1e3 }

// The nouns a count is of, by the unit the dataset keeps it in.
const COUNT_NOUNS: [RegExp, Unit][] = [
  [
    /^(jobs?|staff|employees?|people|workers?|roles?|workforce|personnel|headcount|positions? (?:cut|eliminated))$/i,
    'people',
  ],
  [/^(open )?(positions?|vacancies|openings|job openings)$/i, 'positions'],
  [/^days?$/i, 'days'],
]

/** The unit of a count from the words after it ("9,000 jobs" → people), looking a few words ahead. */
function countUnit(after: string): { unit: Unit; noun: string } | null {
  const words = after
    .replace(/^[\s,]+/, '')
    .split(/\s+/)
    .slice(0, 5)
    .map((w) => w.replace(/[^\w-]/g, ''))
  for (let i = 0; i < words.length; i++) {
    for (const take of [2, 1]) {
      const phrase = words.slice(i, i + take).join(' ')
      const hit = COUNT_NOUNS.find(([re]) => re.test(phrase))
      if (hit) return { unit: hit[1], noun: phrase }
    }
  }
  return null
}

/** "$24.2 billion" → 24.2e9 USD; "31%" → 31 percent; "27,000" → 27000 (a count, unit from its noun). */
function readNumber(
  written: string,
  value: number,
  after: string,
): { amount: number; unit: Unit | null; noun: string | null } {
  const money = /^\$/.test(written)
  const scale = written
    .match(/(billion|bn|million|thousand|\d\s*[bmk])\b/i)?.[1]
    ?.toLowerCase()
    .replace(/^\d\s*/, '')
  // compromise folds "billion" into the value but leaves "bn" as a suffix.
  const folded = /billion|million|thousand/i.test(written)
  const amount = folded ? value : value * (scale ? (SCALES[scale] ?? 1) : 1)
  if (money) return { amount: Number(amount.toPrecision(12)), unit: 'USD', noun: null }
  if (/%$/.test(written) || /^\s*(per ?cent|percent)\b/i.test(after))
    return { amount: value, unit: 'percent', noun: null }
  const count = countUnit(after)
  return { amount, unit: count?.unit ?? null, noun: count?.noun ?? null }
}

// A number that is a year, a day of a date, an ordinal or part of a name is not a quantity.
const YEAR = /^(1[89]|20)\d\d$/
const MONTH =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i

function isDatePart(sentence: string, start: number, end: number, written: string): boolean {
  if (YEAR.test(written)) return true
  const after = sentence.slice(end).trimStart()
  const before = sentence.slice(0, start).trimEnd()
  return (
    (/^\d{1,2}$/.test(written) &&
      (MONTH.test(after) || /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i.test(before))) ||
    /^(first|second|third|fourth)\b/i.test(written)
  )
}

/** The qualifier written just before a quantity ("around 60,000", "over 1,000", "at least 60"), if any. */
function qualifierBefore(
  sentence: string,
  start: number,
): { words: string; kind: QualifierKind; start: number } | null {
  const before = sentence.slice(0, start).toLowerCase()
  for (const q of QUALIFIERS) {
    const at = before.lastIndexOf(q.words)
    if (at !== -1 && before.slice(at + q.words.length).trim() === '' && /(^|\W)$/.test(before.slice(0, at)))
      return { words: sentence.slice(at, at + q.words.length), kind: q.kind, start: at }
  }
  return null
}

/**
 * Every quantity a sentence states: exact figures (with a qualifier that makes them approximate or a
 * bound), and vague ones in words ("several hundred", "thousands"), which stay words. Years, days of a
 * date and ordinals ("the fourth quarter") are dates, not quantities.
 */
export function findQuantities(sentence: string): Quantity[] {
  const found: Quantity[] = []
  const taken: [number, number][] = []
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b)

  for (const vague of [...VAGUE_QUANTITIES].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`\\b${vague.replace(/ /g, '\\s+')}\\b`, 'gi')
    for (const m of sentence.matchAll(re)) {
      const start = m.index
      const end = start + m[0].length
      if (!free(start, end)) continue
      const count = countUnit(sentence.slice(end).replace(/^\s*of\s+/i, ' '))
      taken.push([start, end])
      found.push({
        text: m[0],
        start,
        end,
        kind: 'vague',
        amount: null,
        unit: count?.unit ?? null,
        words: m[0],
        noun: count?.noun ?? null,
      })
    }
  }

  const numbers = nlp(sentence).numbers().json({ offset: true }) as {
    text: string
    offset: { start: number; length: number }
    number?: { num: number }
  }[]
  for (const n of numbers) {
    const written = n.text.replace(/[\s,.;:!?)]+$/, '')
    const start = n.offset.start
    const end = start + written.length
    const value = n.number?.num
    if (
      value === undefined ||
      Number.isNaN(value) ||
      !/\d|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety/i.test(
        written,
      )
    )
      continue
    if (!free(start, end) || isDatePart(sentence, start, end, written)) continue
    const read = readNumber(written, value, sentence.slice(end))
    const qualifier = qualifierBefore(sentence, start)
    taken.push([start, end])
    found.push({
      text: qualifier ? sentence.slice(qualifier.start, end) : written,
      start: qualifier?.start ?? start,
      end,
      kind: qualifier?.kind ?? 'stated',
      amount: read.amount,
      unit: read.unit,
      words: qualifier?.words ?? null,
      noun: read.noun,
    })
  }
  return found.sort((a, b) => a.start - b.start)
}
