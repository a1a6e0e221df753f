import { beforeAll, describe, expect, it } from 'vitest'

import { comparePeriodKeys, periodKey, UNDATED, type PeriodKey } from '../../lib/period'
import { buildIndex, filterFacts, type DatasetIndex } from '../dataset/dataset-index'
import { formulaInputs } from '../dataset/formula'
import { Dataset, type Fact, type FactValue, type Metric, type Unit } from '../dataset/schema'
import { loadRealDataset } from '../export/real-dataset.test-support'
import { amountOf, formatValue } from '../dataset/format-fact'
import {
  CHART_LIMITS,
  KEY_FIGURE_METRICS,
  selectAwsResults,
  selectKeyFigures,
  selectLayoffs,
  selectMarketShare,
} from './select-chart-data'

interface Spec {
  id: string
  metric: Metric
  company: string
  period: string | null
  value: FactValue
  waves?: number
}

const COMPANIES = [
  { id: 'aws', name: 'AWS' },
  { id: 'azure', name: 'Microsoft Azure' },
  { id: 'google-cloud', name: 'Google Cloud' },
  { id: 'others', name: 'Other providers' },
  { id: 'amazon', name: 'Amazon' },
  { id: 'market', name: 'Whole market' },
]

/**
 * A hand-made dataset: one article whose text holds a quote per stated fact, citations that
 * point at those quotes (the highlight on the value's words), derived facts with their inputs.
 */
function synthetic(specs: Spec[]): DatasetIndex {
  const quoted = specs.filter((s) => s.value.kind !== 'derived')
  const quoteOf = (s: Spec) => `Test report: ${s.id} came to ${formatValue(s.value)}.`
  const text = quoted.map(quoteOf).join('\n')
  const facts: Fact[] = specs.map((s) => {
    const citations = []
    if (s.value.kind !== 'derived') {
      const quote = quoteOf(s)
      const start = text.indexOf(quote)
      const at = start + quote.indexOf(formatValue(s.value))
      const highlight = s.value.kind === 'unknown' ? null : { start: at, end: at + formatValue(s.value).length }
      citations.push({ article: 'article', quote, start, end: start + quote.length, highlight })
    }
    return {
      id: s.id,
      label: `Label of ${s.id}`,
      metric: s.metric,
      company: s.company,
      period: s.period ? { value: s.period, inferred: false } : { value: null, inferred: false, words: 'earlier' },
      value: s.value,
      source: 'Test producer',
      inputs: s.value.kind === 'derived' ? formulaInputs(s.value.formula) : [],
      citations,
      ...(s.metric === 'layoffs'
        ? { layoff: { waves: s.waves ?? 1, units: [], location: null, announcedBy: null, eventDate: null } }
        : {}),
    }
  })
  for (const f of facts) {
    for (const c of f.citations) expect(text.slice(c.start, c.end)).toBe(c.quote)
  }
  const dataset = Dataset.parse({
    schemaVersion: 1,
    companies: COMPANIES,
    articles: [
      {
        id: 'article',
        title: 'Test article',
        publisher: 'Test Weekly',
        author: null,
        date: { value: '2024-04-03', inferred: false, basis: 'test' },
        text,
      },
    ],
    facts,
  })
  return buildIndex(dataset)
}

const stated = (amount: number, unit: Unit): FactValue => ({ kind: 'stated', amount, unit })
const ids = (facts: readonly { id: string }[]) => facts.map((f) => f.id)

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

  it('draws the latest period, largest share first, no figure after the figures, derived last', () => {
    const idx = index()
    const data = selectMarketShare(idx, idx.facts)!
    expect(data.period).toBe('2023-Q4')
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
})

describe('selectAwsResults', () => {
  const QUARTERS = CHART_LIMITS.quarters + 3
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
              metric: 'operating_profit',
              company: 'aws',
              period: month(i),
              value: stated(1e8 * (i + 1), 'USD'),
            } as Spec,
            {
              id: `margin-${i}`,
              metric: 'operating_margin',
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
    const expected = Array.from({ length: QUARTERS }, (_, i) => i).slice(-CHART_LIMITS.quarters)
    expect(rows.map((r) => r.period)).toEqual(expected.map(quarter))
    for (const [k, i] of expected.entries()) {
      expect(rows[k].revenue?.id).toBe(`revenue-${i}`)
      expect(rows[k].operatingProfit?.id ?? null).toBe(i % 2 ? null : `profit-${i}`)
      expect(rows[k].margin?.id ?? null).toBe(i % 2 ? null : `margin-${i}`)
    }
  })

  it('keeps only the most recent quarters', () => {
    const index = synthetic(specs())
    expect(index.periods.length).toBeGreaterThan(CHART_LIMITS.quarters)
    const rows = selectAwsResults(index, index.facts)
    expect(rows).toHaveLength(CHART_LIMITS.quarters)
    expect(rows[0].period).toBe(quarter(QUARTERS - CHART_LIMITS.quarters))
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
    expect(rows.map((r) => r.period)).toEqual(periods.slice(-CHART_LIMITS.quarters))
    const last = rows.at(-1)!
    expect(last.revenue).toBe(aws('revenue').find((f) => periodKey(f.period) === last.period))
    expect(last.operatingProfit).toBe(aws('operating_profit').find((f) => periodKey(f.period) === last.period))
    expect(last.margin).toBe(aws('operating_margin').find((f) => periodKey(f.period) === last.period))
    expect(last.margin?.value.kind).toBe('derived')
  })

  it('has no rows when the filter leaves no AWS figure', () => {
    expect(selectAwsResults(real, filterFacts(real, { companies: ['google-cloud'], periods: [] }))).toEqual([])
  })
})

describe('selectLayoffs', () => {
  it('sets multi-wave totals apart and orders the real waves in time, undated first', () => {
    const { waves, totals, omitted } = selectLayoffs(real, real.facts)
    const layoffs = real.facts.filter((f) => f.metric === 'layoffs')
    const isTotal = (f: Fact) => (f.layoff?.waves ?? 1) > 1
    expect(ids(totals)).toEqual(ids(layoffs.filter(isTotal)))
    expect(totals.length).toBeGreaterThan(0)
    const single = layoffs.filter((f) => !isTotal(f))
    expect(new Set(waves.map((w) => w.factId))).toEqual(new Set(ids(single)))
    const keys = waves.map((w) => periodKey(w.fact.period))
    expect(keys).toEqual([...keys].sort(comparePeriodKeys))
    expect(keys[0]).toBe(UNDATED)
    expect(omitted).toBe(0)
    for (const w of waves) {
      expect(w.fact).toBe(real.factById.get(w.factId))
      expect(w.label).toBe(w.fact.label)
      expect(w.amount).toBe(amountOf(w.fact.value))
    }
  })

  it('gives vague waves the range their words are read as, and other waves none', () => {
    const { waves } = selectLayoffs(real, real.facts)
    const vague = waves.filter((w) => w.fact.value.kind === 'vague')
    expect(vague.length).toBeGreaterThan(0)
    for (const w of waves) {
      const v = w.fact.value
      expect(w.range).toEqual(v.kind === 'vague' && v.range ? [v.range.min, v.range.max] : null)
    }
  })

  it('leaves a vague wave without a stated reading without a range', () => {
    const index = synthetic([
      {
        id: 'w',
        metric: 'layoffs',
        company: 'aws',
        period: '2024-04',
        value: { kind: 'vague', unit: 'people', words: ['many'] },
      },
    ])
    const [wave] = selectLayoffs(index, index.facts).waves
    expect(wave.range).toBeNull()
    expect(wave.amount).toBeNull()
  })

  const EXTRA = 5
  const WAVES = CHART_LIMITS.waves + EXTRA
  // Waves from 2019 on, one a quarter, written newest first; two share the newest quarter
  // (dataset order decides between them), one is undated, one is a total.
  const waveQuarter = (i: number) => `${2019 + Math.floor(i / 4)}-Q${(i % 4) + 1}`
  const newest = WAVES - 3
  // A date inside the newest wave's quarter: its first month, day 15.
  const inNewestQuarter = `${2019 + Math.floor(newest / 4)}-${String((newest % 4) * 3 + 1).padStart(2, '0')}-15`
  const waveSpecs = (): Spec[] => [
    { id: 'total', metric: 'layoffs', company: 'amazon', period: null, value: stated(99000, 'people'), waves: 3 },
    ...Array.from({ length: WAVES - 2 }, (_, k): Spec => {
      const i = WAVES - 3 - k
      return {
        id: `wave-${i}`,
        metric: 'layoffs',
        company: i % 2 ? 'aws' : 'amazon',
        period: waveQuarter(i),
        value:
          i % 5 === 0
            ? { kind: 'vague', unit: 'people', words: ['hundreds'], range: { min: 200, max: 999, basis: 'literally' } }
            : stated(100 * (i + 1), 'people'),
      }
    }),
    { id: 'wave-same-quarter', metric: 'layoffs', company: 'aws', period: inNewestQuarter, value: stated(7, 'people') },
    { id: 'wave-undated', metric: 'layoffs', company: 'amazon', period: null, value: stated(5, 'people') },
  ]

  it('draws only the most recent waves, oldest of them first, and counts the rest as omitted', () => {
    const index = synthetic(waveSpecs())
    const { waves, totals, omitted } = selectLayoffs(index, index.facts)
    expect(ids(totals)).toEqual(['total'])
    // All waves in time order: undated first, then by quarter; wave-same-quarter shares the
    // newest numbered wave's quarter and comes after it in the dataset.
    const all = ['wave-undated', ...Array.from({ length: WAVES - 2 }, (_, i) => `wave-${i}`), 'wave-same-quarter']
    expect(periodKey(index.factById.get('wave-same-quarter')!.period)).toBe(
      periodKey(index.factById.get(`wave-${newest}`)!.period),
    )
    expect(waves).toHaveLength(CHART_LIMITS.waves)
    expect(waves.map((w) => w.factId)).toEqual(all.slice(-CHART_LIMITS.waves))
    expect(omitted).toBe(all.length - CHART_LIMITS.waves)
    for (const w of waves) {
      const v = w.fact.value
      expect(w.range).toEqual(v.kind === 'vague' ? [200, 999] : null)
    }
  })

  it('omits nothing when the filter leaves few enough waves', () => {
    const index = synthetic(waveSpecs())
    const { waves, omitted, totals } = selectLayoffs(index, filterFacts(index, { companies: ['aws'], periods: [] }))
    const aws = index.facts.filter((f) => f.company === 'aws')
    expect(aws.length).toBeLessThanOrEqual(CHART_LIMITS.waves)
    expect(omitted).toBe(0)
    expect(new Set(waves.map((w) => w.factId))).toEqual(new Set(ids(aws)))
    expect(totals).toEqual([])
  })

  /** More multi-wave totals than the chart shows, oldest first. */
  const totalSpecs = () =>
    Array.from({ length: CHART_LIMITS.totals + 2 }, (_, i): Spec => ({
      id: `total-${i}`,
      metric: 'layoffs',
      company: 'amazon',
      period: `${2015 + i}-Q1`,
      value: stated(1000 * (i + 1), 'people'),
      waves: 2,
    }))

  it('caps the totals to the most recent few', () => {
    const index = synthetic(totalSpecs())
    const { waves, totals } = selectLayoffs(index, index.facts)
    expect(waves).toEqual([])
    expect(ids(totals)).toEqual(ids(index.facts.slice(-CHART_LIMITS.totals)))
  })

  it('keeps the most recent totals even when the dataset lists them newest first', () => {
    const specs = totalSpecs()
    const index = synthetic([...specs].reverse())
    const { totals } = selectLayoffs(index, index.facts)
    expect(ids(totals)).toEqual(ids(specs.slice(-CHART_LIMITS.totals)))
  })
})

describe('selectKeyFigures', () => {
  it('shows every real key figure, in dataset order, when they fit', () => {
    const expected = real.facts.filter((f) => (KEY_FIGURE_METRICS as readonly string[]).includes(f.metric))
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThanOrEqual(CHART_LIMITS.keyFigures)
    expect(selectKeyFigures(real.facts)).toEqual({ shown: expected, more: 0 })
  })

  it('shows the first few and counts the rest', () => {
    const count = CHART_LIMITS.keyFigures + 3
    const specs: Spec[] = Array.from({ length: count }, (_, i) => [
      {
        id: `figure-${i}`,
        metric: KEY_FIGURE_METRICS[i % KEY_FIGURE_METRICS.length],
        company: 'amazon',
        period: null,
        value: stated(i + 1, 'people'),
      } as Spec,
      { id: `revenue-${i}`, metric: 'revenue', company: 'aws', period: '2023-Q4', value: stated(1e9, 'USD') } as Spec,
    ]).flat()
    const index = synthetic(specs)
    const { shown, more } = selectKeyFigures(index.facts)
    expect(ids(shown)).toEqual(Array.from({ length: CHART_LIMITS.keyFigures }, (_, i) => `figure-${i}`))
    expect(more).toBe(count - CHART_LIMITS.keyFigures)
  })

  it('shows nothing when the filter leaves no key figure', () => {
    expect(selectKeyFigures(filterFacts(real, { companies: ['azure'], periods: [] }))).toEqual({ shown: [], more: 0 })
  })
})
