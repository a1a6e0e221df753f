// Layoff waves: one stated wave, a stated two-wave total that may or may not include it, a vague and an unknown one
import { cite, newFact, part, whole, type Context } from './citations.ts'
import { dateOf, isoMonth, MONTHS, randomDay } from './dates.ts'
import { roundTo } from './numbers.ts'
import { spellCount } from './spelling.ts'
import { unknownWave, vagueWave } from './uncounted-layoffs.ts'
import { BUSINESS_UNITS, EXECUTIVES, nameOf, pickEmployer } from './vocabulary.ts'

export function addLayoffWaves(ctx: Context, n: number): void {
  const { rng } = ctx
  const company = pickEmployer(rng)
  const name = nameOf(company)
  const anchor = randomDay(rng, '2014-04-01', '2023-12-31')
  const exec = rng.pick(EXECUTIVES)
  const units = rng.sample(BUSINESS_UNITS, rng.int(1, 3))
  const wave = roundTo(rng.int(100, 12000), 50)
  const total = wave + roundTo(rng.int(500, 15000), 50)
  const prefix = `layoffs-${company}-${String(n).padStart(4, '0')}`
  const announcedBy = `${exec.name}, ${name} ${exec.role}, who emailed staff to confirm them`

  const stated = newFact({
    id: `${prefix}-announced`,
    label: `${name} job cuts in ${exec.name}'s email`,
    metric: 'layoffs',
    company,
    // "emailed staff to confirm …": the quote gives no date, so no year either.
    period: { value: isoMonth(anchor), yearInferred: true },
    value: { kind: 'stated', amount: wave, unit: 'people' },
    source: `${exec.name}'s email to staff`,
    hedgesNotKept: [
      {
        hedge: 'would',
        why: '“Would be lost” is the email’s future, told in the past, for jobs it confirmed; it makes the cuts no less certain.',
      },
    ],
    layoff: {
      units,
      location: null,
      announcedBy,
      eventDate: {
        value: isoMonth(anchor),
        inferred: false,
        yearInferred: true,
        basis: `“In ${MONTHS[dateOf(anchor).getUTCMonth()]}”, in the reports`,
      },
    },
  })
  // Some articles put a no-break space between title and name, as the real ones do.
  const space = rng.chance(0.2) ? '\u00a0' : ' '
  cite(ctx, [stated], anchor, () =>
    whole(
      `${name} ${exec.role}${space}${exec.name} emailed staff to confirm ${spellCount(rng, wave)} jobs would be lost across ${units.join(', ')}.`,
    ),
  )

  const twoWaves = newFact({
    id: `${prefix}-two-waves`,
    label: `${name} job cuts in two earlier waves`,
    metric: 'layoffs',
    company,
    period: { value: null, words: rng.pick(['in prior years', 'over the past two years', 'in earlier years']) },
    value: { kind: 'stated', amount: total, unit: 'people' },
    source: 'Not named in the article',
    // Like the real articles, they never say whether the announced wave is one of the two.
    layoff: { waves: 2, mayInclude: [stated.id], units: [name], location: null, announcedBy: null, eventDate: null },
  })
  cite(ctx, [twoWaves], anchor + 60, () =>
    part(
      `${name} itself was affected by `,
      `${name}’s larger reduction of ${spellCount(rng, total)} jobs in two major waves of layoffs`,
      '.',
      'Who the cuts reached, which the fact’s company says.',
    ),
  )

  ctx.facts.push(stated, twoWaves, vagueWave(ctx, prefix, company, anchor), unknownWave(ctx, prefix, company, anchor))
}
