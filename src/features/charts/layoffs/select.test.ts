import { beforeAll, describe, expect, it } from 'vitest'
import { comparePeriodKeys, periodKey, UNDATED } from '../../../lib/period.ts'
import { buildIndex, filterFacts, type DatasetIndex } from '../../../domain/dataset-index.ts'
import { amountOf } from '../../../domain/format-fact.ts'
import type { Fact } from '../../../domain/schema.ts'
import { loadRealDataset } from '../../../domain/real-dataset.test-support.ts'
import { ids, stated, synthetic, type Spec } from '../../../domain/synthetic-index.test-support.ts'
import { LAYOFF_LIMITS, selectLayoffs } from './select.ts'

let real: DatasetIndex

beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})

describe('selectLayoffs', () => {
  it('sets multi-wave totals apart and orders the real waves in time', () => {
    const { waves, totals, overlaps, omitted } = selectLayoffs(real, real.facts)
    const layoffs = real.facts.filter((f) => f.metric === 'layoffs')
    const isTotal = (f: Fact) => (f.layoff?.waves ?? 1) > 1
    expect(ids(totals)).toEqual(ids(layoffs.filter(isTotal)))
    expect(totals.length).toBeGreaterThan(0)
    const single = layoffs.filter((f) => !isTotal(f))
    expect(new Set(waves.map((w) => w.factId))).toEqual(new Set(ids(single)))
    const keys = waves.map((w) => periodKey(w.fact.period))
    expect(keys).toEqual([...keys].sort(comparePeriodKeys))
    // The 27,000 of two waves is dated only “in prior years”; no wave is derived from it.
    expect(totals.map((t) => periodKey(t.period))).toEqual([UNDATED])
    expect(waves.some((w) => w.kind === 'derived')).toBe(false)
    // The articles never say whether the 9,000 of Jassy's email is one of the two waves.
    expect(overlaps.map(({ total, wave }) => [total.id, wave.id])).toEqual([
      ['layoffs-amazon-two-waves', 'layoffs-2023-03'],
    ])
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
  const WAVES = LAYOFF_LIMITS.waves + EXTRA
  // Waves from 2019 on, one a quarter, written newest first; two share the newest quarter
  // (the one dated from a later day comes after), one is undated, one is a total.
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
    // newest numbered wave's quarter, dated from its 15th day, after the quarter's first.
    const all = ['wave-undated', ...Array.from({ length: WAVES - 2 }, (_, i) => `wave-${i}`), 'wave-same-quarter']
    expect(periodKey(index.factById.get('wave-same-quarter')!.period)).toBe(
      periodKey(index.factById.get(`wave-${newest}`)!.period),
    )
    expect(waves).toHaveLength(LAYOFF_LIMITS.waves)
    expect(waves.map((w) => w.factId)).toEqual(all.slice(-LAYOFF_LIMITS.waves))
    expect(omitted).toBe(all.length - LAYOFF_LIMITS.waves)
    for (const w of waves) {
      const v = w.fact.value
      expect(w.range).toEqual(v.kind === 'vague' ? [200, 999] : null)
    }
  })

  it('orders the waves of one quarter by the day each is dated from, whatever the dataset’s order', () => {
    const wave = (id: string, period: string): Spec => ({
      id,
      metric: 'layoffs',
      company: 'amazon',
      period,
      value: stated(100, 'people'),
    })
    const index = synthetic([
      wave('june', '2024-06'),
      wave('about-2-april', '2024-04-02'),
      wave('may', '2024-05'),
      wave('second-quarter', '2024-Q2'),
      wave('about-4-may', '2024-05-04'),
    ])
    expect(selectLayoffs(index, index.facts).waves.map((w) => w.factId)).toEqual([
      'second-quarter',
      'about-2-april',
      'may',
      'about-4-may',
      'june',
    ])
  })

  it('omits nothing when the filter leaves few enough waves', () => {
    const index = synthetic(waveSpecs())
    const { waves, omitted, totals } = selectLayoffs(index, filterFacts(index, { companies: ['aws'], periods: [] }))
    const aws = index.facts.filter((f) => f.company === 'aws')
    expect(aws.length).toBeLessThanOrEqual(LAYOFF_LIMITS.waves)
    expect(omitted).toBe(0)
    expect(new Set(waves.map((w) => w.factId))).toEqual(new Set(ids(aws)))
    expect(totals).toEqual([])
  })

  /** More multi-wave totals than the chart shows, oldest first. */
  const totalSpecs = () =>
    Array.from({ length: LAYOFF_LIMITS.totals + 2 }, (_, i): Spec => ({
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
    expect(ids(totals)).toEqual(ids(index.facts.slice(-LAYOFF_LIMITS.totals)))
  })

  it('keeps the most recent totals even when the dataset lists them newest first', () => {
    const specs = totalSpecs()
    const index = synthetic([...specs].reverse())
    const { totals } = selectLayoffs(index, index.facts)
    expect(ids(totals)).toEqual(ids(specs.slice(-LAYOFF_LIMITS.totals)))
  })
})
