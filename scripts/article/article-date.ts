import { chrono } from './language-libraries.ts'
import { WEEKDAYS, type ArticleManifestEntry } from '../dataset/clean-article.ts'

type ManifestDate = ArticleManifestEntry['date']

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A --date that names a real day ("2024-02-30" does not), else null. */
export function parseGivenDate(given: string): string | null {
  if (!ISO_DATE.test(given)) return null
  const d = new Date(`${given}T00:00:00Z`)
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== given ? null : given
}

const weekdayOf = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]

/** The page's words that print the news's day: "on 3 April", "Wednesday" (when the date is one). */
function printedWords(raw: string, iso: string): { printed: string[]; weekday?: ManifestDate['weekday'] } {
  const date = new Date(`${iso}T12:00:00Z`)
  const printed: string[] = []
  let weekday: ManifestDate['weekday']
  for (const line of raw.split('\n'))
    for (const r of chrono.en.GB.parse(line, { instant: date, timezone: 'UTC' }, { forwardDate: false })) {
      const same = r.start.date().toISOString().slice(0, 10) === iso
      if (!same || !(r.start.isCertain('day') || r.start.isCertain('weekday'))) continue
      // The words around the date, so the reader sees what it dates ("via email on 3 April").
      const at = line.indexOf(r.text)
      const words = line.slice(Math.max(0, line.lastIndexOf(' ', Math.max(0, at - 12)) + 1), at + r.text.length).trim()
      if (!printed.includes(words)) printed.push(words)
      if (r.start.isCertain('weekday') && !r.start.isCertain('day')) weekday = weekdayOf(iso)
    }
  return { printed, ...(weekday ? { weekday } : {}) }
}

/**
 * The article's date: --date when given (with the page's words that print that day, if any), else the day
 * the page prints, its year taken from the dataset's articles that date the same day (the same news), else
 * null (the intake then asks for --date). The year is marked inferred unless the page prints it.
 */
export function proposeArticleDate(
  raw: string,
  given: string | null,
  datasetDates: readonly string[],
): ManifestDate | null {
  let value = given
  let from = 'given at intake (--date)'
  if (!value) {
    const candidates = chrono.en.GB.parse(raw).filter((r) => r.start.isCertain('day') && r.start.isCertain('month'))
    for (const r of candidates) {
      const monthDay = `${String(r.start.get('month')).padStart(2, '0')}-${String(r.start.get('day')).padStart(2, '0')}`
      const known = datasetDates.find((d) => d.slice(5) === monthDay)
      if (known) {
        value = known
        from = `“${r.text}”, a day the dataset's articles date to ${known.slice(0, 4)}`
        break
      }
    }
  }
  if (!value) return null
  const { printed, weekday } = printedWords(raw, value)
  const yearPrinted = printed.some((w) => w.includes(value.slice(0, 4)))
  return {
    value,
    inferred: printed.length === 0,
    yearInferred: !yearPrinted,
    basis: printed.length
      ? `Prints ${printed.map((w) => `“${w}”`).join(' and ')} for the news it reports; the date was ${from}.`
      : `Prints no date for its news; the date was ${from}.`,
    ...(yearPrinted ? {} : { yearBasis: `The page prints no year for its news; the year was ${from}.` }),
    printed,
    ...(weekday ? { weekday } : {}),
  }
}
