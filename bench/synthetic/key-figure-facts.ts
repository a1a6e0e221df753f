// Key figures: headcount (approximate), an investment (stated), reviewers and pay after termination (bounds),
// open positions
import { cite, newFact, part, whole, type Context, type FactDraft } from './citations.ts'
import { isoMonth, randomDay } from './dates.ts'
import { roundTo } from './numbers.ts'
import { spellCount, spellUsd } from './spelling.ts'
import { ANALYSTS, nameOf, pickEmployer, PROJECTS, REVIEW_PLACES, STARTUPS } from './vocabulary.ts'

export function addKeyFigures(ctx: Context, n: number): void {
  const { rng } = ctx
  const company = pickEmployer(rng)
  const name = nameOf(company)
  const day = randomDay(rng, '2014-04-01', '2024-06-30')
  const prefix = `${company}-${String(n).padStart(4, '0')}`
  ctx.facts.push(
    headcount(ctx, prefix, company, name, day),
    investment(ctx, prefix, company, name, day + rng.int(0, 90)),
    reviewers(ctx, prefix, company, name, day + rng.int(0, 90)),
    payAfterTermination(ctx, prefix, company, name, day + rng.int(0, 90)),
    openPositions(ctx, prefix, company, name, day + rng.int(0, 90)),
  )
}

function headcount(ctx: Context, prefix: string, company: string, name: string, day: number): FactDraft {
  const { rng } = ctx
  const words = rng.pick(['around', 'about', 'roughly', 'some', 'nearly'])
  const amount = roundTo(rng.int(5000, 120000), 1000)
  const analyst = rng.pick(ANALYSTS)
  const fact = newFact({
    id: `${prefix}-headcount`,
    label: `${name} headcount`,
    metric: 'headcount',
    company,
    period: { value: isoMonth(day), yearInferred: true },
    value: { kind: 'approximate', amount, unit: 'people', words },
    source: analyst,
  })
  cite(ctx, [fact], day, () =>
    rng.pick([
      () => whole(`At that time, ${name} headcount was ${words} ${spellCount(rng, amount)} people, ${analyst} said.`),
      () =>
        part(
          `According to ${analyst}, `,
          `${name} employed ${words} ${spellCount(rng, amount)} staff`,
          ' at the time.',
          'Who gives the figure, named in its source, and its time, given by the period.',
        ),
    ])(),
  )
  return fact
}

function investment(ctx: Context, prefix: string, company: string, name: string, day: number): FactDraft {
  const { rng } = ctx
  const startup = rng.pick(STARTUPS)
  const amount = rng.chance(0.5) ? rng.int(1, 8) * 1e9 : rng.int(2, 9) * 1e8
  const fact = newFact({
    id: `${prefix}-investment`,
    label: rng.chance(0.3) ? `${name} stake in "${startup}", the AI startup` : `${name} investment in ${startup}`,
    metric: 'investment',
    company,
    period: rng.chance(0.5)
      ? { value: null, words: 'recently' }
      : { value: isoMonth(day), inferred: true, yearInferred: true },
    value: { kind: 'stated', amount, unit: 'USD' },
    source: 'Not named in the articles',
  })
  cite(ctx, [fact], day, () =>
    rng.pick([
      () =>
        whole(`${name} recently made headlines with a ${spellUsd(rng, amount)} investment in AI startup ${startup}.`),
      () => part('It pointed to ', `its decision to take a ${spellUsd(rng, amount)} minority stake in ${startup}`, '.'),
    ])(),
  )
  return fact
}

function reviewers(ctx: Context, prefix: string, company: string, name: string, day: number): FactDraft {
  const { rng } = ctx
  const words = rng.pick(['over', 'more than', 'at least'])
  const place = rng.pick(REVIEW_PLACES)
  const project = rng.pick(PROJECTS)
  const amount = roundTo(rng.int(200, 5000), 50)
  const fact = newFact({
    id: `${prefix}-reviewers`,
    label: `Workers in ${place} reviewing ${project} videos for ${name}`,
    metric: 'workforce',
    company,
    period: { value: null, words: 'while the technology ran' },
    value: { kind: 'bound', amount, unit: 'people', words },
    source: 'Not named in the article',
  })
  cite(ctx, [fact], day, () =>
    whole(
      `The ${project} system relied on ${words} ${spellCount(rng, amount)} workers in ${place} who watched and labeled videos to check for accuracy.`,
    ),
  )
  return fact
}

function payAfterTermination(ctx: Context, prefix: string, company: string, name: string, day: number): FactDraft {
  const { rng } = ctx
  const amount = rng.pick([30, 45, 60, 90])
  const fact = newFact({
    id: `${prefix}-pay-after-termination`,
    label: `Pay and benefits after termination, ${name}`,
    metric: 'pay_after_termination',
    company,
    period: { value: isoMonth(day), inferred: true, yearInferred: true },
    value: { kind: 'bound', amount, unit: 'days', words: 'at least' },
    source: name,
  })
  cite(ctx, [fact], day, () =>
    whole(`${name} has pledged to provide pay and benefits for at least ${amount} days following their termination.`),
  )
  return fact
}

function openPositions(ctx: Context, prefix: string, company: string, name: string, day: number): FactDraft {
  const { rng } = ctx
  const words = rng.pick(['thousands', 'hundreds'])
  const fact = newFact({
    id: `${prefix}-open-positions`,
    label: `${name} open positions`,
    metric: 'open_positions',
    company,
    period: { value: isoMonth(day), inferred: true, yearInferred: true },
    value: { kind: 'vague', unit: 'positions', words: [words] },
    source: name,
  })
  cite(ctx, [fact], day, () =>
    whole(
      `${name} said it will continue to hire and grow in other areas of its business, with ${words} of open positions available.`,
    ),
  )
  return fact
}
