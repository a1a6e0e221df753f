import { describe, expect, it } from 'vitest'
import { stated, synthetic, type Spec } from '../../../domain/synthetic-index.test-support.ts'
import { buildChartModel } from '../chart-model.ts'
import { contextText } from '../layout/frame.ts'

const wave = (id: string, period: string, amount: number): Spec => ({
  id,
  metric: 'layoffs',
  company: 'amazon',
  period,
  value: stated(amount, 'people'),
})
const total = (id: string, amount: number, mayInclude: string[]): Spec => ({
  id,
  metric: 'layoffs',
  company: 'amazon',
  period: null,
  value: stated(amount, 'people'),
  waves: 2,
  mayInclude,
})

describe('the layoff chart’s open questions', () => {
  it('says one in full in its subtitle', () => {
    const index = synthetic([total('two-waves', 27000, ['march']), wave('march', '2023-03', 9000)])
    const model = buildChartModel('layoffs', index, index.facts)
    expect(model.subtitle).toMatch(/; the articles do not say whether the 9,000 is one of the two waves of 27,000$/)
  })

  it('counts several in its subtitle, and says each in full in its context lines', () => {
    const index = synthetic([
      total('earlier', 15250, ['april-2016']),
      total('prior', 13900, ['february-2020']),
      wave('april-2016', '2016-04', 7850),
      wave('february-2020', '2020-02', 1050),
    ])
    const model = buildChartModel('layoffs', index, index.facts)
    expect(model.subtitle).toMatch(/; for two waves the articles do not say whether each is one of a total’s waves$/)
    expect(model.subtitle).not.toMatch(/7,850|1,050/)
    const context = model.context.map(contextText)
    expect(context).toHaveLength(2)
    expect(context[0]).toMatch(/7,850 .* 15,250/)
    expect(context[1]).toMatch(/1,050 .* 13,900/)
  })

  it('counts waves, not pairs: one wave two totals may include is said in full, once per total', () => {
    const index = synthetic([
      total('earlier', 15250, ['march']),
      total('prior', 13900, ['march']),
      wave('march', '2023-03', 9000),
    ])
    const model = buildChartModel('layoffs', index, index.facts)
    expect(model.subtitle).not.toMatch(/for two waves/)
    expect(model.subtitle).toMatch(/whether the 9,000 is one of the two waves of 15,250/)
  })
})
