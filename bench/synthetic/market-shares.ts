// Each quarter's market shares: one stated fact per provider, and the derived remainder for the others.
import { cite, newFact, part, whole, type Context, type FactDraft, type Statement } from './citations.ts'
import type { QuarterFigures } from './market-series.ts'
import type { Random } from './random.ts'
import { spellPercent } from './spelling.ts'
import { ANALYSTS, PROVIDERS } from './vocabulary.ts'

export const SHARE_LABELS = [
  (c: string) => `${c} share of cloud infrastructure market`,
  (c: string) => `${c}'s slice of worldwide cloud infrastructure spending`,
  (c: string) => `Cloud infrastructure market share, ${c}`,
  (c: string) => `${c} share of the "big cloud" market`,
]

function shareFact(q: QuarterFigures, providerIndex: number, label: string, source: string): FactDraft {
  const provider = PROVIDERS[providerIndex]
  return newFact({
    id: `share-${provider.id}-${q.key.toLowerCase()}`,
    label,
    metric: 'market_share',
    company: provider.id,
    period: { value: q.key },
    value: { kind: 'stated', amount: q.shares[providerIndex], unit: 'percent' },
    source,
  })
}

function sayShare(rng: Random, q: QuarterFigures, name: string, amount: number, source: string): Statement {
  const pct = spellPercent(rng, amount)
  return rng.pick([
    () =>
      whole(
        `${name}’s share of the cloud infrastructure market stood at ${pct} in ${q.words}, according to ${source}.`,
      ),
    () => whole(`${name} took ${pct} of worldwide cloud infrastructure spending in ${q.words}, ${source} reported.`),
    () =>
      part(
        `According to ${source}, `,
        `${name} held ${pct} of the market in ${q.words}`,
        ', little changed.',
        'Who gives the share, named in its source, and the article’s reading of it.',
      ),
  ])()
}

// Every sentence credits the analyst firm, so the share's source is the one its own sentence names.
function saySharePair(rng: Random, q: QuarterFigures, names: string[], amounts: number[], source: string): Statement {
  const [a, b] = amounts.map((x) => spellPercent(rng, x))
  return whole(
    `Both ${names[0]} and ${names[1]} ended ${q.words} with market shares of ${a} and ${b}, respectively, ${source} said.`,
  )
}

// Shares are cited alone or, as articles often do, two to a sentence.
function citeShares(ctx: Context, q: QuarterFigures, facts: FactDraft[], source: string): void {
  const order = ctx.rng.shuffle(facts.map((_, i) => i))
  while (order.length) {
    const group = order.splice(0, order.length > 1 && ctx.rng.chance(0.3) ? 2 : 1)
    const names = group.map((i) => PROVIDERS[i].name)
    const amounts = group.map((i) => q.shares[i])
    cite(
      ctx,
      group.map((i) => facts[i]),
      q.reportDay,
      () =>
        group.length === 2
          ? saySharePair(ctx.rng, q, names, amounts, source)
          : sayShare(ctx.rng, q, names[0], amounts[0], source),
    )
  }
}

function othersFact(q: QuarterFigures, shares: FactDraft[]): FactDraft {
  // Subtracted in formula order, as the build's evaluator does, so the rounding matches exactly.
  const rest = q.shares.reduce((left, share) => left - share, 100)
  return newFact({
    id: `share-others-${q.key.toLowerCase()}`,
    label: "Other providers' share of cloud infrastructure market",
    metric: 'market_share',
    company: 'others',
    period: { value: q.key },
    value: {
      kind: 'derived',
      amount: Number(rest.toFixed(1)),
      unit: 'percent',
      formula: ['100', ...shares.map((f) => `{${f.id}}`)].join(' - '),
      decimals: 1,
    },
    source: 'Derived from the named providers’ shares',
    note: 'What the named shares leave of the whole market.',
  })
}

export function addShareFacts(ctx: Context, q: QuarterFigures, labels: ((c: string) => string)[]): void {
  const source = ctx.rng.pick(ANALYSTS)
  const shares = PROVIDERS.map((p, i) => shareFact(q, i, labels[i](p.name), source))
  citeShares(ctx, q, shares, source)
  ctx.facts.push(...shares, othersFact(q, shares))
}
