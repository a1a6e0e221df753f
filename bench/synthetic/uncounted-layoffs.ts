// Layoff waves the articles give no exact count for: a vague one ("several hundred") and an unknown one.
import { cite, newFact, part, whole, type Context, type FactDraft } from './citations.ts'
import { dateOf, isoDay, isoMonth, MONTHS, monthWords, weekday } from './dates.ts'
import { BUSINESS_UNITS, LOCATIONS, nameOf, PROJECTS } from './vocabulary.ts'

const VAGUE_LAYOFFS = [
  {
    words: ['several hundred', 'hundreds'],
    min: 200,
    max: 999,
    literally: 'at least two hundred and fewer than a thousand',
  },
  {
    words: ['a few thousand', 'thousands'],
    min: 2000,
    max: 9999,
    literally: 'at least two thousand and fewer than ten thousand',
  },
  { words: ['dozens'], min: 24, max: 99, literally: 'at least two dozen and fewer than a hundred' },
]
const UNKNOWN_LAYOFFS = [
  {
    words: 'significant layoffs',
    say: (c: string, unit: string, month: string) =>
      `In ${month}, ${c} announced significant layoffs across its ${unit} division as part of broader cost-cutting measures.`,
  },
  {
    words: 'an undisclosed number',
    undated: true,
    say: (c: string, unit: string) =>
      `${c} is cutting an undisclosed number of roles in ${unit}, a spokesperson confirmed.`,
  },
  {
    words: 'job cuts',
    say: (c: string, unit: string, month: string) =>
      `Staff in ${unit} at ${c} were told of job cuts at a meeting in ${month}.`,
  },
]

// "hundreds of jobs" but "several hundred jobs"
const countOf = (words: string, noun: string) => (words.endsWith('s') ? `${words} of ${noun}` : `${words} ${noun}`)

export function vagueWave(ctx: Context, prefix: string, company: string, anchor: number): FactDraft {
  const { rng } = ctx
  const name = nameOf(company)
  const day = anchor + rng.int(30, 300)
  const vague = rng.pick(VAGUE_LAYOFFS)
  const unit = rng.pick(BUSINESS_UNITS)
  const project = rng.pick(PROJECTS)
  const fact = newFact({
    id: `${prefix}-vague`,
    label: rng.chance(0.3) ? `${name} cuts in the "${project}" team, ${unit}` : `${name} job cuts in ${unit}`,
    metric: 'layoffs',
    company,
    period: { value: isoDay(day), inferred: true, yearInferred: true },
    value: {
      kind: 'vague',
      unit: 'people',
      words: vague.words,
      range: { min: vague.min, max: vague.max, basis: `“${vague.words.at(-1)}” read literally, ${vague.literally}` },
    },
    // The sentences credit no one; "reportedly" and "Reports say" are kept in the source's words.
    source: 'Not named in the articles, some of which word it as reports',
    layoff: {
      units: [unit],
      location: rng.pick(LOCATIONS),
      announcedBy: null,
      eventDate: {
        value: isoDay(day),
        inferred: true,
        yearInferred: true,
        basis: `The date of the reports that state it; that ${weekday(day)} was ${isoDay(day)}`,
      },
    },
  })
  cite(ctx, [fact], day, () => {
    const words = rng.pick(vague.words)
    return rng.pick([
      () =>
        whole(
          `The cutbacks include ${countOf(words, 'jobs')}, with a focus on ${unit.toLowerCase()} and some program management roles.`,
        ),
      () => whole(`${name} is reportedly slashing ${countOf(words, 'jobs')} from its ${unit} team.`),
      () =>
        part(
          'Reports say ',
          `${name} has made another round of cuts, with ${countOf(words, 'staff')} understood to be affected`,
          '.',
        ),
    ])()
  })
  return fact
}

export function unknownWave(ctx: Context, prefix: string, company: string, anchor: number): FactDraft {
  const { rng } = ctx
  const name = nameOf(company)
  const day = anchor + rng.int(30, 300)
  const unknown = rng.pick(UNKNOWN_LAYOFFS)
  const units = rng.sample(BUSINESS_UNITS, 2)
  const fact = newFact({
    id: `${prefix}-unknown`,
    label: `${name} ${units[0]} and ${units[1]} job cuts`,
    metric: 'layoffs',
    company,
    // Two of the sentences print the month and year; the third no date at all.
    period: { value: isoMonth(day), yearInferred: 'undated' in unknown },
    value: { kind: 'unknown', unit: 'people', words: unknown.words },
    source: name,
    layoff: {
      units,
      location: rng.chance(0.5) ? rng.pick(LOCATIONS) : null,
      announcedBy: name,
      eventDate: {
        value: isoMonth(day),
        inferred: false,
        yearInferred: 'undated' in unknown,
        basis: `“In ${MONTHS[dateOf(day).getUTCMonth()]}”, in the reports`,
      },
    },
  })
  cite(ctx, [fact], day, () => whole(unknown.say(name, rng.pick(units), monthWords(day))))
  return fact
}
