// The articles' dates and manifest entries; their text is written last, once every fact has placed its quotes.
import type { z } from 'zod'
import type { ArticleManifestEntry } from '../../scripts/dataset/clean-article.ts'
import { dateOf, dayOf, isoDay, weekday } from './dates.ts'
import type { Random } from './random.ts'
import { COMPANIES, PUBLISHERS } from './vocabulary.ts'

type ManifestEntry = z.input<typeof ArticleManifestEntry>

/** Words of a carried sentence that no fact carries, and why. */
export interface PartLeftOut {
  words: string
  why: string
}

/** A sentence an article states, with the facts that quote it: one claim of the inventory. */
export interface ClaimDraft {
  sentence: string
  /** The facts that quote it; none for filler, which is left out for `leftOut`. */
  facts: string[]
  leftOut?: string
  partsLeftOut?: PartLeftOut[]
}

export interface ArticleDraft {
  id: string
  day: number
  entry: ManifestEntry
  sentences: string[]
  claims: ClaimDraft[]
}

// From the first quarter's results to a couple of months after the last dated event, so every figure has articles after it.
export const ARTICLES_FROM = dayOf('2014-04-01')
export const ARTICLES_TO = dayOf('2024-12-31')

interface TitleSubject {
  company: string
  year: number
}

const TITLES = [
  ({ company }: TitleSubject) => `${company} cuts jobs as customers trim cloud spending`,
  ({ company }: TitleSubject) => `Cloud market update: ${company} gains ground on its rivals`,
  ({ year }: TitleSubject) => `Who is winning the cloud infrastructure race in ${year}?`,
  ({ company }: TitleSubject) => `"We remain committed to growth," says ${company}`,
  ({ company }: TitleSubject) => `${company}, its rivals and the race for AI workloads`,
  ({ company }: TitleSubject) => `${company} reshuffles teams in a push for efficiency`,
  ({ year }: TitleSubject) => `Cloud spending in ${year}: the numbers behind the headlines`,
]

function articleEntry(rng: Random, id: string, day: number): ManifestEntry {
  const company = rng.pick(COMPANIES.filter((c) => c.id !== 'others' && c.id !== 'market')).name
  const title = rng.chance(0.9) ? rng.pick(TITLES)({ company, year: dateOf(day).getUTCFullYear() }) : null
  const publisher = rng.chance(0.7) ? rng.pick(PUBLISHERS) : null
  const inferred = rng.chance(0.6)
  const basis = inferred
    ? `“${weekday(day)}” in the text, read against the quarter it reports; that ${weekday(day)} fell on ${isoDay(day)}.`
    : 'The date printed under the headline.'
  // A date read from a weekday has no printed year either; one printed under the headline has. One account for all
  // of them, as the seed articles share one: a chart's note gathers its articles' accounts, once each.
  const year = inferred
    ? {
        yearInferred: true,
        yearBasis:
          'Articles dated by a weekday print no year: it is the year of the quarter each reports, in which that weekday fell on the date given.',
      }
    : {}
  return {
    id,
    title,
    publisher,
    ...(publisher ? { publisherEvidence: `In a statement shared with ${publisher}` } : {}),
    author: null,
    date: { value: isoDay(day), inferred, basis, ...year },
    removeLines: [],
  }
}

// Evenly spread over ten years with a little jitter, so articles stay in date order and cover every quarter.
export function createArticles(rng: Random, count: number): ArticleDraft[] {
  const step = (ARTICLES_TO - ARTICLES_FROM) / count
  const digits = Math.max(3, String(count - 1).length)
  return Array.from({ length: count }, (_, i) => {
    const day = Math.floor(ARTICLES_FROM + (i + rng.next() * 0.8) * step)
    const id = `${String(i).padStart(digits, '0')}_${rng.hex(16)}`
    return { id, day, entry: articleEntry(rng, id, day), sentences: [], claims: [] }
  })
}
