import { chrono } from './language-libraries.ts'

/** The period a figure describes, as the dataset records it (see `Period` in src/domain/schema.ts). */
export interface ProposedPeriod {
  /** 2023-Q4, 2023-12 or 2024-04-03; null when the article dates it no closer. */
  value: string | null
  /** The date itself is not printed (read back from "just over a year after"). */
  inferred: boolean
  /** The year is not printed ("the fourth quarter", "3 April"). */
  yearInferred: boolean
  /** The article's words for it, as printed. */
  words: string | null
  /** How it is known when its sentence has no date word (given with the news, carried from the sentence before). */
  basis: string | null
}

/** A date expression found in a sentence, read against the article's date. */
export interface DateMention {
  text: string
  start: number
  period: ProposedPeriod
}

const QUARTERS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
}
const pad = (n: number) => String(n).padStart(2, '0')
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`

/** The latest quarter `q` that ended before the article's date: "the fourth quarter" in April 2024 is 2023-Q4. */
function latestQuarter(q: number, articleDate: Date): string {
  const year = articleDate.getUTCFullYear()
  const endMonth = q * 3 // the month after which the quarter is over
  return articleDate.getUTCMonth() + 1 > endMonth ? `${year}-Q${q}` : `${year - 1}-Q${q}`
}

const quote = (words: string) => `“${words}”`
const period = (value: string | null, words: string, more: Partial<ProposedPeriod> = {}): ProposedPeriod => ({
  value,
  inferred: false,
  yearInferred: value !== null && !/\b(19|20)\d\d\b/.test(words),
  words: quote(words),
  basis: null,
  ...more,
})

// "in the fourth quarter", "in the third and fourth quarters of the year", "Q4", "in the quarter" (the one in context).
const QUARTER =
  /\b(?:in )?the (first|second|third|fourth|1st|2nd|3rd|4th)(?: and (first|second|third|fourth))? quarters?(?: of (?:the year|(\d{4})))?|\bQ([1-4])(?:\s+(\d{4}))?\b/gi
const THE_QUARTER = /\bin the quarter\b/gi
// Spans with no date the dataset can hold: "in prior years", "since 2019", "recently", "last year".
const UNDATED =
  /\b(in prior years|in previous years|since (?:the onset of the pandemic|the pandemic|\d{4})|recently|in recent (?:months|quarters|years)|last year|over the past year|earlier this year)\b/gi
// "just over a year after", "about two months before": an event dated back from the news.
const RELATIVE =
  /\b(just over|just under|about|nearly|more than|over)?\s*(a|one|two|three|six|\d+) (year|month|week)s? (after|before|ago|earlier)\b/gi
const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, six: 6 }

/**
 * Every date a sentence gives, read against the article's date: quarters (the latest such quarter before
 * it), months and days (chrono-node, looking back from the article), weekdays (the latest on or before it),
 * and spans the dataset keeps as words ("in prior years"). `context` is the period of the sentence before,
 * for "in the quarter" and "at that time".
 */
export function findDates(sentence: string, articleDate: Date, context: ProposedPeriod | null): DateMention[] {
  const found: DateMention[] = []
  for (const m of sentence.matchAll(QUARTER)) {
    const [text, first, second, year, qNumber, qYear] = m
    const q = QUARTERS[(second ?? first ?? '').toLowerCase()] ?? Number(qNumber)
    const printedYear = year ?? qYear
    const value = printedYear ? `${printedYear}-Q${q}` : latestQuarter(q, articleDate)
    found.push({ text, start: m.index, period: period(value, text) })
    // "the third and fourth quarters": each quarter is a period of its own.
    if (second) {
      const q1 = QUARTERS[first.toLowerCase()]
      found.push({
        text,
        start: m.index,
        period: period(year ? `${year}-Q${q1}` : latestQuarter(q1, articleDate), text),
      })
    }
  }
  for (const m of sentence.matchAll(THE_QUARTER))
    if (context?.value?.includes('Q'))
      found.push({ text: m[0], start: m.index, period: { ...context, words: quote(m[0]) } })
  if (/\bat that time\b/i.test(sentence) && context)
    found.push({
      text: 'At that time',
      start: sentence.search(/\bat that time\b/i),
      period: {
        ...context,
        words: `“At that time”, ${context.words}`,
        basis: `“At that time” refers to the sentence before, which dates it ${context.words}`,
      },
    })
  for (const m of sentence.matchAll(UNDATED))
    found.push({
      text: m[0],
      start: m.index,
      period: { value: null, inferred: false, yearInferred: false, words: m[0], basis: null },
    })
  for (const m of sentence.matchAll(RELATIVE)) {
    const [text, hedge, count, unit, direction] = m
    if (direction === 'after' && !/\b(emerged|came|comes|follows?)\b/i.test(sentence.slice(0, m.index))) continue
    const n = NUMBER_WORDS[count.toLowerCase()] ?? Number(count)
    const d = new Date(articleDate)
    if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() - n)
    else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() - n)
    else d.setUTCDate(d.getUTCDate() - 7 * n)
    // "just over a year" before April is March, or earlier: the month, read back and marked inferred.
    if (hedge && /over|more/i.test(hedge)) d.setUTCMonth(d.getUTCMonth() - 1)
    found.push({
      text,
      start: m.index,
      period: period(iso(d).slice(0, 7), text, { inferred: true, yearInferred: true }),
    })
  }
  const taken = (start: number) => found.some((f) => start >= f.start && start < f.start + f.text.length)
  for (const r of chrono.en.GB.parse(sentence, { instant: articleDate, timezone: 'UTC' }, { forwardDate: false })) {
    if (taken(r.index)) continue
    const certain = (part: 'month' | 'weekday' | 'day' | 'year') => r.start.isCertain(part)
    // A bare year ("since 2019", "in early 2020") dates no figure closer than the dataset can hold.
    if (!certain('month') && !certain('weekday')) continue
    const date = r.start.date()
    const printedYear = certain('year')
    const value = certain('day') || certain('weekday') ? iso(date) : iso(date).slice(0, 7)
    found.push({
      text: r.text.replace(/[,.]$/, ''),
      start: r.index,
      period: { ...period(value, r.text.replace(/[,.]$/, '')), yearInferred: !printedYear },
    })
  }
  return found.sort((a, b) => a.start - b.start)
}
