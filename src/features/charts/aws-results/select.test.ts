import { beforeAll, describe, expect, it } from 'vitest'
import { comparePeriodKeys, periodKey, type PeriodKey } from '../../../lib/period.ts'
import { buildIndex, filterFacts, type DatasetIndex } from '../../../domain/dataset-index.ts'
import type { Metric } from '../../../domain/schema.ts'
import { loadRealDataset } from '../../../domain/real-dataset.test-support.ts'
import { stated, synthetic, type Spec } from '../../../domain/synthetic-index.test-support.ts'
import { MAX_QUARTERS, selectAwsResults } from './select.ts'

let real: DatasetIndex

beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})

describe('selectAwsResults', () => {
  const QUARTERS = MAX_QUARTERS + 3
  // Quarters from 2020-Q1 on, written newest first, by month for some, so that order and
  // grouping come from the code and not from the dataset.
  const quarter = (i: number) => `${2020 + Math.floor(i / 4)}-Q${(i % 4) + 1}` as PeriodKey
  const month = (i: number) => `${2020 + Math.floor(i / 4)}-${String((i % 4) * 3 + 2).padStart(2, '0')}`
  const specs = (): Spec[] =>
    Array.from({ length: QUARTERS }, (_, k) => QUARTERS - 1 - k).flatMap((i): Spec[] => [
      {
        id: `revenue-${i}`,
        metric: 'revenue',
        company: 'aws',
        period: quarter(i),
        value: stated(1e9 * (i + 1), 'USD'),
      },
      ...(i % 2
        ? []
        : [
            {
              id: `profit-${i}`,
              metric: 'profit',
              company: 'aws',
              period: month(i),
              value: stated(1e8 * (i + 1), 'USD'),
            } as Spec,
            {
              id: `margin-${i}`,
              metric: 'profit_to_revenue',
              company: 'aws',
              period: quarter(i),
              value: { kind: 'derived', amount: 10, unit: 'percent', formula: `{profit-${i}} / {revenue-${i}} * 100` },
            } as Spec,
          ]),
      { id: `azure-revenue-${i}`, metric: 'revenue', company: 'azure', period: quarter(i), value: stated(1e9, 'USD') },
    ])

  it('has one row per period, oldest first, with that period’s facts', () => {
    const index = synthetic(specs())
    const rows = selectAwsResults(index, index.facts)
    const expected = Array.from({ length: QUARTERS }, (_, i) => i).slice(-MAX_QUARTERS)
    expect(rows.map((r) => r.period)).toEqual(expected.map(quarter))
    for (const [k, i] of expected.entries()) {
      expect(rows[k].revenue?.id).toBe(`revenue-${i}`)
      expect(rows[k].profits?.id ?? null).toBe(i % 2 ? null : `profit-${i}`)
      expect(rows[k].margin?.id ?? null).toBe(i % 2 ? null : `margin-${i}`)
    }
  })

  it('keeps only the most recent quarters', () => {
    const index = synthetic(specs())
    expect(index.periods.length).toBeGreaterThan(MAX_QUARTERS)
    const rows = selectAwsResults(index, index.facts)
    expect(rows).toHaveLength(MAX_QUARTERS)
    expect(rows[0].period).toBe(quarter(QUARTERS - MAX_QUARTERS))
    expect(rows.at(-1)?.period).toBe(quarter(QUARTERS - 1))
  })

  it('draws every quarter when the filter leaves no more than the limit', () => {
    const index = synthetic(specs())
    const periods = [quarter(0), quarter(1), quarter(QUARTERS - 1)]
    const rows = selectAwsResults(index, filterFacts(index, { companies: [], periods }))
    expect(rows.map((r) => r.period)).toEqual(periods)
  })

  it('has the real Q4 2023 results in one row', () => {
    const rows = selectAwsResults(real, real.facts)
    const aws = (metric: Metric) => real.facts.filter((f) => f.company === 'aws' && f.metric === metric)
    const periods = [...new Set(aws('revenue').map((f) => periodKey(f.period)))].sort(comparePeriodKeys)
    expect(rows.map((r) => r.period)).toEqual(periods.slice(-MAX_QUARTERS))
    const last = rows.at(-1)!
    expect(last.revenue).toBe(aws('revenue').find((f) => periodKey(f.period) === last.period))
    expect(last.profits).toBe(aws('profit').find((f) => periodKey(f.period) === last.period))
    expect(last.margin).toBe(aws('profit_to_revenue').find((f) => periodKey(f.period) === last.period))
    expect(last.margin?.value.kind).toBe('derived')
  })

  it('has no rows when the filter leaves no AWS figure', () => {
    expect(selectAwsResults(real, filterFacts(real, { companies: ['google-cloud'], periods: [] }))).toEqual([])
  })
})
