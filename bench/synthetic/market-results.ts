// Each quarter's AWS revenue, profits and derived profits-to-revenue share, and the whole market's spending and growth.
import { cite, newFact, part, whole, type Context } from './citations.ts'
import type { QuarterFigures } from './market-series.ts'
import { spellPercent, spellUsd } from './spelling.ts'

export function addAwsResults(ctx: Context, q: QuarterFigures): void {
  const { rng } = ctx
  const k = q.key.toLowerCase()
  const results = (metric: 'revenue' | 'profit', label: string, amount: number) =>
    newFact({
      id: `aws-${metric.replace('_', '-')}-${k}`,
      label,
      metric,
      company: 'aws',
      period: { value: q.key },
      value: { kind: 'stated', amount, unit: 'USD' },
      source: 'AWS (“The cloud division reported”)',
    })
  const revenue = results('revenue', 'AWS revenue', q.revenue)
  // "Profits", as the sentences say: they do not say which profit, so the label says no more.
  const profit = results('profit', 'AWS profits', q.profit)
  const sayBoth = () =>
    whole(
      `The cloud division reported profits of ${spellUsd(rng, q.profit)} on revenue of ${spellUsd(rng, q.revenue)} in ${q.words}.`,
    )
  if (rng.chance(0.6)) cite(ctx, [revenue, profit], q.reportDay, sayBoth)
  else {
    cite(ctx, [revenue], q.reportDay, () =>
      whole(`The cloud division reported revenue of ${spellUsd(rng, q.revenue)} in ${q.words}.`),
    )
    cite(ctx, [profit], q.reportDay, () =>
      part(
        'The cloud division reported ',
        `profits of ${spellUsd(rng, q.profit)} for ${q.words}`,
        ', ahead of forecasts.',
        'Who reports the profits, named in their source, and how they compare with forecasts, which no figure gives.',
      ),
    )
  }
  const margin = newFact({
    id: `aws-operating-margin-${k}`,
    label: 'AWS profits as a share of revenue',
    metric: 'profit_to_revenue',
    company: 'aws',
    period: { value: q.key },
    value: {
      kind: 'derived',
      amount: Number(((q.profit / q.revenue) * 100).toFixed(1)),
      unit: 'percent',
      formula: `{${profit.id}} / {${revenue.id}} * 100`,
      decimals: 1,
    },
    source: 'Derived from the profits and revenue the cloud division reported',
  })
  ctx.facts.push(revenue, profit, margin)
}

export function addMarketSpending(ctx: Context, q: QuarterFigures): void {
  const { rng } = ctx
  const k = q.key.toLowerCase()
  const source = 'Not named; the same paragraph cites an analyst firm'
  const spending = newFact({
    id: `spending-${k}`,
    label: 'Enterprise spending on cloud infrastructure services',
    metric: 'spending',
    company: 'market',
    period: { value: q.key },
    value: { kind: 'stated', amount: q.spending, unit: 'USD' },
    source,
  })
  const growth = newFact({
    id: `spending-growth-${k}`,
    label: 'Growth in enterprise cloud infrastructure spending, year over year',
    metric: 'spending_growth',
    company: 'market',
    period: { value: q.key },
    value: { kind: 'stated', amount: q.growth, unit: 'percent' },
    source,
  })
  const say = () =>
    part(
      'The market kept growing, with ',
      `total enterprise spending on cloud infrastructure services reaching ${spellUsd(rng, q.spending)} in ${q.words}, up ${spellPercent(rng, q.growth)} year-over-year`,
      '.',
    )
  cite(ctx, [spending, growth], q.reportDay, say)
  ctx.facts.push(spending, growth)
}
