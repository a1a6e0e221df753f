import { beforeAll, describe, expect, it } from 'vitest'
import { comparePeriodKeys, periodKey } from '../../../lib/period.ts'
import { buildIndex, filterFacts, type DatasetIndex } from '../../../domain/dataset-index.ts'
import { amountOf } from '../../../domain/format-fact.ts'
import type { Metric } from '../../../domain/schema.ts'
import { loadRealDataset } from '../../../domain/real-dataset.test-support.ts'
import { ids, stated, synthetic } from '../../../domain/synthetic-index.test-support.ts'
import { buildChartModel } from '../chart-model.ts'
import { MAX_SHARE_QUARTERS, selectMarketShare } from './select.ts'

let real: DatasetIndex

beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})

describe('selectMarketShare', () => {
  // Two quarters; in the later one the derived "others" is the largest share yet must come last,
  // and a share with no figure must come after every figure.
  const index = () =>
    synthetic([
      {
        id: 'share-google-q3',
        metric: 'market_share',
        company: 'google-cloud',
        period: '2023-Q3',
        value: stated(10, 'percent'),
      },
      { id: 'share-aws-q3', metric: 'market_share', company: 'aws', period: '2023-Q3', value: stated(32, 'percent') },
      { id: 'spending-q3', metric: 'spending', company: 'market', period: '2023-Q3', value: stated(7e10, 'USD') },
      {
        id: 'growth-q3',
        metric: 'spending_growth',
        company: 'market',
        period: '2023-08',
        value: stated(18, 'percent'),
      },
      {
        id: 'share-azure-q4',
        metric: 'market_share',
        company: 'azure',
        period: '2023-Q4',
        value: stated(24, 'percent'),
      },
      {
        id: 'share-others-q4',
        metric: 'market_share',
        company: 'others',
        period: '2023-Q4',
        value: { kind: 'derived', amount: 65, unit: 'percent', formula: '100 - {share-aws-q4} - {share-azure-q4}' },
      },
      {
        id: 'share-google-q4',
        metric: 'market_share',
        company: 'google-cloud',
        period: '2023-12',
        value: { kind: 'unknown', unit: 'percent' },
      },
      { id: 'share-aws-q4', metric: 'market_share', company: 'aws', period: '2023-Q4', value: stated(11, 'percent') },
      { id: 'spending-q4', metric: 'spending', company: 'market', period: '2023-Q4', value: stated(7.4e10, 'USD') },
    ])

  it('ranks one quarter’s shares: largest first, no figure after the figures, derived last', () => {
    const idx = index()
    const data = selectMarketShare(idx, filterFacts(idx, { companies: [], periods: ['2023-Q4'] }))!
    expect(data.period).toBe('2023-Q4')
    expect(data.periods).toEqual(['2023-Q4'])
    expect(data.points.map((p) => p.factId)).toEqual([
      'share-azure-q4',
      'share-aws-q4',
      'share-google-q4',
      'share-others-q4',
    ])
    expect(data.points.map((p) => p.name)).toEqual(['Microsoft Azure', 'AWS', 'Google Cloud', 'Other providers'])
    expect(data.points.map((p) => p.amount)).toEqual([24, 11, null, 65])
    expect(data.points.at(-1)?.kind).toBe('derived')
    expect(data.spending?.id).toBe('spending-q4')
    // No growth figure for Q4: the Q3 one must not stand in for it.
    expect(data.spendingGrowth).toBeNull()
  })

  it('keeps every quarter the filter leaves: each company’s shares together, oldest first, ranked by the latest', () => {
    const idx = index()
    const data = selectMarketShare(idx, idx.facts)!
    expect(data.periods).toEqual(['2023-Q3', '2023-Q4'])
    expect(data.period).toBe('2023-Q4')
    expect(data.points.map((p) => [p.factId, p.period])).toEqual([
      ['share-azure-q4', '2023-Q4'],
      ['share-aws-q3', '2023-Q3'],
      ['share-aws-q4', '2023-Q4'],
      ['share-google-q3', '2023-Q3'],
      ['share-google-q4', '2023-Q4'],
      ['share-others-q4', '2023-Q4'],
    ])
    expect(data.spendingByPeriod.map((q) => [q.period, q.spending?.id, q.spendingGrowth?.id ?? null])).toEqual([
      ['2023-Q3', 'spending-q3', 'growth-q3'],
      ['2023-Q4', 'spending-q4', null],
    ])
  })

  it('draws the latest quarters it has room for, and the chart says how many of how many and where the rest are', () => {
    const quarters = Array.from(
      { length: MAX_SHARE_QUARTERS + 3 },
      (_, i) => `${2020 + Math.floor(i / 4)}-Q${(i % 4) + 1}`,
    )
    const idx = synthetic(
      quarters.flatMap((period, i) => [
        {
          id: `aws-${period.toLowerCase()}`,
          metric: 'market_share',
          company: 'aws',
          period,
          value: stated(30 + i, 'percent'),
        },
        {
          id: `spend-${period.toLowerCase()}`,
          metric: 'spending',
          company: 'market',
          period,
          value: stated(1e10 + i, 'USD'),
        },
      ]),
    )
    const data = selectMarketShare(idx, idx.facts)!
    const latest = quarters.slice(-MAX_SHARE_QUARTERS)
    expect(data.periods).toEqual(latest)
    expect(data.omitted).toBe(3)
    expect(data.points.map((p) => p.period)).toEqual(latest)
    expect(data.spendingByPeriod.map((q) => q.period)).toEqual(latest)
    const model = buildChartModel('market-share', idx, idx.facts)
    expect(model.subtitle).toMatch(
      new RegExp(`^The ${MAX_SHARE_QUARTERS} most recent of ${quarters.length} quarters, `),
    )
    expect(model.subtitle).toContain('the dashboard’s table lists them all')
    expect(model.summary).toContain(`the ${MAX_SHARE_QUARTERS} most recent of ${quarters.length} quarters`)
    // Only the drawn quarters' facts are the chart's: its sources and table rows name no quarter it leaves out.
    expect(ids(model.facts).filter((id) => id.startsWith('aws-'))).toEqual(latest.map((q) => `aws-${q.toLowerCase()}`))
  })

  it('draws every quarter and says nothing of others when they fit', () => {
    const idx = index()
    const data = selectMarketShare(idx, idx.facts)!
    expect(data.omitted).toBe(0)
    expect(buildChartModel('market-share', idx, idx.facts).subtitle).not.toContain('most recent')
  })

  it('keeps both figures the articles give for one company and quarter', () => {
    const idx = synthetic([
      { id: 'aws-q4-a', metric: 'market_share', company: 'aws', period: '2023-Q4', value: stated(31, 'percent') },
      { id: 'aws-q4-b', metric: 'market_share', company: 'aws', period: '2023-Q4', value: stated(32, 'percent') },
      { id: 'aws-q1', metric: 'market_share', company: 'aws', period: '2024-Q1', value: stated(30, 'percent') },
    ])
    expect(selectMarketShare(idx, idx.facts)!.points.map((p) => p.factId)).toEqual(['aws-q4-a', 'aws-q4-b', 'aws-q1'])
  })

  it('draws the latest period the filter leaves, with that period’s spending and growth', () => {
    const idx = index()
    const data = selectMarketShare(idx, filterFacts(idx, { companies: [], periods: ['2023-Q3'] }))!
    expect(data.period).toBe('2023-Q3')
    expect(data.points.map((p) => p.factId)).toEqual(['share-aws-q3', 'share-google-q3'])
    expect(data.spending?.id).toBe('spending-q3')
    expect(data.spendingGrowth?.id).toBe('growth-q3')
  })

  it('draws the real Q4 2023 shares, largest first and the derived remainder last', () => {
    const data = selectMarketShare(real, real.facts)!
    const shares = real.facts.filter((f) => f.metric === 'market_share')
    const latest = shares
      .map((f) => periodKey(f.period))
      .sort(comparePeriodKeys)
      .at(-1)
    expect(data.period).toBe(latest)
    const inPeriod = shares.filter((f) => periodKey(f.period) === latest)
    expect(new Set(data.points.map((p) => p.factId))).toEqual(new Set(ids(inPeriod)))
    const amounts = data.points.filter((p) => p.kind !== 'derived').map((p) => p.amount!)
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a))
    expect(data.points.at(-1)?.kind).toBe('derived')
    expect(data.points.filter((p) => p.kind === 'derived')).toHaveLength(1)
    for (const p of data.points) expect(p.amount).toBe(amountOf(real.factById.get(p.factId)!.value))
    const find = (metric: Metric) => real.facts.find((f) => f.metric === metric && periodKey(f.period) === latest)
    expect(data.spending).toBe(find('spending'))
    expect(data.spendingGrowth).toBe(find('spending_growth'))
    expect(data.spending).not.toBeUndefined()
  })

  it('returns null when the filter leaves no market share', () => {
    expect(selectMarketShare(real, filterFacts(real, { companies: ['amazon'], periods: [] }))).toBeNull()
    expect(selectMarketShare(real, [])).toBeNull()
  })

  it('keeps the filtered companies only', () => {
    const data = selectMarketShare(real, filterFacts(real, { companies: ['azure'], periods: [] }))!
    expect(data.points.map((p) => p.companyId)).toEqual(['azure'])
    expect(data.spending).toBeNull()
  })

  it('gives each share the change the articles state for it, in their words, and none to the derived remainder', () => {
    const data = selectMarketShare(real, real.facts)!
    const said = data.points.map((p) => [p.companyId, p.change?.id ?? null])
    expect(said).toEqual([
      ['aws', 'share-aws-change-2023-q4'],
      ['azure', 'share-azure-change-2023-q4'],
      ['google-cloud', 'share-google-cloud-change-2023-q4'],
      ['others', null],
    ])
  })

  it('says how each share changed in the articles’ words, those with the same words together, and that no number is given', () => {
    const summary = buildChartModel('market-share', real, real.facts).summary
    const claim = (id: string) => {
      const v = real.factById.get(id)!.value
      return v.kind === 'qualitative' ? v.claim.charAt(0).toLowerCase() + v.claim.slice(1) : ''
    }
    expect(summary).toContain(
      `Changes in the articles’ words: AWS: ${claim('share-aws-change-2023-q4')}; Microsoft Azure and Google Cloud: ${claim('share-azure-change-2023-q4')}.`,
    )
    expect(summary).toContain('The articles give no rate.')
  })
})
