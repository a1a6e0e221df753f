import { beforeAll, describe, expect, it } from 'vitest'
import { loadRealDataset } from './real-dataset.test-support.ts'
import { changeLinks, directionOf } from './change-facts.ts'
import { buildIndex, type DatasetIndex } from './dataset-index.ts'
import type { Fact } from './schema.ts'

let index: DatasetIndex
beforeAll(async () => {
  index = buildIndex(await loadRealDataset())
})

const fact = (over: Partial<Fact>): Fact => ({
  id: 'x',
  label: 'x',
  metric: 'trend',
  company: 'aws',
  period: { value: '2023-Q4', inferred: false },
  value: { kind: 'qualitative', claim: 'Rose', words: ['grew'] },
  source: 's',
  inputs: [],
  citations: [{ article: 'a', role: 'value' }],
  ...over,
})

describe('changeLinks', () => {
  it('pairs each market share with the change the articles state for it, both ways', () => {
    const { changeOf, levelOf } = changeLinks(index)
    for (const company of ['aws', 'azure', 'google-cloud']) {
      const level = index.facts.find((f) => f.metric === 'market_share' && f.company === company)!
      const change = changeOf.get(level.id)!
      expect(change.metric).toBe('trend')
      expect(change.company).toBe(company)
      expect(levelOf.get(change.id)).toBe(level)
    }
    // The derived "others" share has no stated change: none is made up.
    expect(changeOf.get('share-others-2023-q4')).toBeUndefined()
  })

  it('links no claim about another company, period or article', () => {
    const level = fact({ id: 'lvl', metric: 'market_share', value: { kind: 'stated', amount: 1, unit: 'percent' } })
    const others = [
      fact({ id: 'c1', company: 'azure' }),
      fact({ id: 'c2', period: { value: '2024-Q1', inferred: false } }),
      fact({ id: 'c3', citations: [{ article: 'b', role: 'value' }] }),
    ]
    const { changeOf } = changeLinks(buildIndex({ ...index.dataset, facts: [level, ...others] }))
    expect(changeOf.size).toBe(0)
  })
})

describe('directionOf', () => {
  it.each([
    ['Fell', ['dipped'], 'down'],
    ['Rose, growing faster than AWS', ['increasing'], 'up'],
    ['Slowed', ['slowdown'], 'down'],
    ['A programme ended', ['ended'], null],
  ] as const)('reads "%s" as %s', (claim, words, expected) => {
    expect(directionOf(fact({ value: { kind: 'qualitative', claim, words: [...words] } }))).toBe(expected)
  })
})
