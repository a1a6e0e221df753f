import { beforeAll, describe, expect, it } from 'vitest'
import { buildIndex, type DatasetIndex } from './dataset-index.ts'
import { loadRealDataset } from './real-dataset.test-support.ts'
import { formulaWithRounding, printedStep, roundingRange } from './rounding-range.ts'
import { stated, synthetic } from './synthetic-index.test-support.ts'

let real: DatasetIndex
beforeAll(async () => {
  real = buildIndex(await loadRealDataset())
})

describe('printedStep', () => {
  it.each([
    [24_200_000_000, 'USD', 100_000_000, '$0.1B'],
    [7_200_000_000, 'USD', 100_000_000, '$0.1B'],
    [24_250_000_000, 'USD', 10_000_000, '$0.01B'],
    [10_000_000_000, 'USD', 1_000_000_000, '$1B'],
    [1_500_000, 'USD', 100_000, '$0.1M'],
    [31, 'percent', 1, '1%'],
    [29.8, 'percent', 0.1, '0.1%'],
    [27_000, 'people', 1, '1'],
  ] as const)('%d %s is printed to %d, “%s”', (amount, unit, step, text) => {
    const printed = printedStep(amount, unit)
    expect(printed.step).toBeCloseTo(step, 12)
    expect(printed.text).toBe(text)
  })
})

describe('roundingRange over the shipped data', () => {
  const of = (id: string) => roundingRange(real.factById.get(id)!, real)

  it('the other providers’ 34%, from three whole-percent shares, is 32.5% to 35.5%', () => {
    expect(of('share-others-2023-q4')).toMatchObject({ min: 32.5, max: 35.5, span: ['32.5%', '35.5%'] })
    expect(of('share-others-2023-q4')!.inputs.map((i) => i.stepText)).toEqual(['1%', '1%', '1%'])
  })

  it('profits over revenue, $7.2B over $24.2B, is 29.48% to 30.03%: one decimal more than its own, rounded outward', () => {
    // 7.15 / 24.25 = 29.48…% and 7.25 / 24.15 = 30.02…%.
    expect(of('aws-operating-margin-2023-q4')).toMatchObject({ min: 29.48, max: 30.03, span: ['29.48%', '30.03%'] })
  })

  it('every derived value the data ships lies inside its own range', () => {
    const derived = real.facts.filter((f) => f.value.kind === 'derived')
    expect(derived.length).toBeGreaterThan(0)
    for (const fact of derived) {
      const range = roundingRange(fact, real)
      if (!range || fact.value.kind !== 'derived') continue
      expect(range.min).toBeLessThan(fact.value.amount)
      expect(range.max).toBeGreaterThan(fact.value.amount)
    }
  })

  it('gives none for a stated value, or for a range over vague words (its range says more)', () => {
    expect(of('share-aws-2023-q4')).toBeNull()
    expect(of('aws-cuts-share-of-staff-2024-04')).toBeNull()
  })
})

describe('roundingRange over hand-made data', () => {
  const derived = (formula: string) => ({ kind: 'derived' as const, amount: 0, unit: 'percent' as const, formula })

  it('gives none where an input is not a stated figure', () => {
    const index = synthetic([
      { id: 'a', metric: 'market_share', company: 'aws', period: '2023-Q4', value: stated(31, 'percent') },
      {
        id: 'b',
        metric: 'market_share',
        company: 'azure',
        period: '2023-Q4',
        value: { kind: 'unknown', unit: 'percent' },
      },
      { id: 'rest', metric: 'market_share', company: 'others', period: '2023-Q4', value: derived('100 - {a} - {b}') },
    ])
    expect(roundingRange(index.factById.get('rest')!, index)).toBeNull()
  })

  it('gives none where a corner divides by zero', () => {
    const index = synthetic([
      { id: 'a', metric: 'market_share', company: 'aws', period: '2023-Q4', value: stated(31, 'percent') },
      { id: 'z', metric: 'market_share', company: 'azure', period: '2023-Q4', value: stated(0.5, 'percent') },
      { id: 'q', metric: 'market_share', company: 'others', period: '2023-Q4', value: derived('{a} / ({z} - 0.45)') },
    ])
    // z is 0.45 to 0.55: at its low end the denominator is zero.
    expect(roundingRange(index.factById.get('q')!, index)).toBeNull()
  })
})

describe('formulaWithRounding', () => {
  const of = (id: string) => formulaWithRounding(real.factById.get(id)!, real)

  it('ends a formula over printed figures with where the value lies if they are rounded', () => {
    expect(of('share-others-2023-q4')).toMatch(/^100% − .* = 34% \(32\.5% to 35\.5% if its inputs are rounded\)$/)
    expect(of('aws-operating-margin-2023-q4')).toMatch(/= 29\.8% \(29\.48% to 30\.03% if its inputs are rounded\)$/)
  })

  it('leaves a range over vague words as its formula: its own range says more', () => {
    expect(of('aws-cuts-share-of-staff-2024-04')).not.toMatch(/rounded/)
    expect(of('aws-cuts-share-of-staff-2024-04')).toMatch(/= 0\.4%–1\.9%$/)
  })
})
